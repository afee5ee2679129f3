/**
 * Code tables of zairyu's SANDBOX cards for 在留資格 (`C9`) and 許可の種類 (`CA`). ISA distributes the real
 * tables to businesses separately and they are not public, so sandbox cards use these invented codes
 * (prefixed `Z`) — a production card's codes will not be found here and are shown raw. Modelled, not ISA's.
 */

/** One sandbox code. */
export interface SandboxCode {
  code: string;
  /** zairyu's status code (as in the rules engine's contract). */
  name: string;
  ja: string;
  en: string;
}

const status = (code: string, name: string, ja: string, en: string): SandboxCode => ({ code, name, ja, en });

/** 在留資格 codes of sandbox cards (`C9`, ≤10 bytes). */
export const SANDBOX_STATUS_CODES: readonly SandboxCode[] = [
  status('Z01', 'professor', '教授', 'Professor'),
  status('Z02', 'artist', '芸術', 'Artist'),
  status('Z03', 'religious-activities', '宗教', 'Religious Activities'),
  status('Z04', 'journalist', '報道', 'Journalist'),
  status('Z05', 'highly-skilled-professional-1', '高度専門職1号', 'Highly Skilled Professional (i)'),
  status('Z06', 'highly-skilled-professional-2', '高度専門職2号', 'Highly Skilled Professional (ii)'),
  status('Z07', 'business-manager', '経営・管理', 'Business Manager'),
  status('Z08', 'legal-accounting-services', '法律・会計業務', 'Legal/Accounting Services'),
  status('Z09', 'medical-services', '医療', 'Medical Services'),
  status('Z10', 'researcher', '研究', 'Researcher'),
  status('Z11', 'instructor', '教育', 'Instructor'),
  status(
    'Z12',
    'engineer-humanities-international',
    '技術・人文知識・国際業務',
    'Engineer/Specialist in Humanities/International Services',
  ),
  status('Z13', 'intra-company-transferee', '企業内転勤', 'Intra-company Transferee'),
  status('Z14', 'nursing-care', '介護', 'Nursing Care'),
  status('Z15', 'entertainer', '興行', 'Entertainer'),
  status('Z16', 'skilled-labor', '技能', 'Skilled Labor'),
  status('Z17', 'specified-skilled-worker-1', '特定技能1号', 'Specified Skilled Worker (i)'),
  status('Z18', 'specified-skilled-worker-2', '特定技能2号', 'Specified Skilled Worker (ii)'),
  status('Z19', 'technical-intern-training', '技能実習', 'Technical Intern Training'),
  status('Z20', 'employment-for-skill-development', '育成就労', 'Employment for Skill Development'),
  status('Z21', 'cultural-activities', '文化活動', 'Cultural Activities'),
  status('Z22', 'student', '留学', 'Student'),
  status('Z23', 'trainee', '研修', 'Trainee'),
  status('Z24', 'dependent', '家族滞在', 'Dependent'),
  status('Z25', 'designated-activities', '特定活動', 'Designated Activities'),
  status('Z26', 'permanent-resident', '永住者', 'Permanent Resident'),
  status('Z27', 'spouse-of-japanese', '日本人の配偶者等', 'Spouse or Child of Japanese National'),
  status('Z28', 'spouse-of-permanent-resident', '永住者の配偶者等', 'Spouse or Child of Permanent Resident'),
  status('Z29', 'long-term-resident', '定住者', 'Long Term Resident'),
  status('Z30', 'special-permanent-resident', '特別永住者', 'Special Permanent Resident'),
];

/** 許可の種類 codes of sandbox cards (`CA`, 2 bytes). */
export const SANDBOX_PERMISSION_TYPES: readonly SandboxCode[] = [
  status('Z1', 'landing', '上陸許可', 'Landing permission'),
  status('Z2', 'change-of-status', '在留資格変更許可', 'Change of status'),
  status('Z3', 'extension-of-stay', '在留期間更新許可', 'Extension of period of stay'),
  status('Z4', 'permanent-residence', '永住許可', 'Permanent residence'),
  status('Z5', 'acquisition', '在留資格取得許可', 'Acquisition of status'),
];

/** The sandbox code of a status name, or undefined. */
export function sandboxStatusCode(name: string): string | undefined {
  return SANDBOX_STATUS_CODES.find((s) => s.name === name)?.code;
}

/** The sandbox entry of a chip code (status or permission type), or undefined. */
export function sandboxCodeLabel(table: readonly SandboxCode[], code: string): SandboxCode | undefined {
  return table.find((s) => s.code === code);
}
