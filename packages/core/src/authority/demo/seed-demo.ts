/**
 * The clearly marked demo data set for a newcomer's first start: three accounts (administrator, bureau
 * officer, municipal officer) with random passwords, a few synthetic residents (SANDBOX …), and one issued
 * 特定在留カード made the ordinary way — an extension of stay with a request, filed and granted. Idempotent:
 * does nothing (null) when any user exists.
 */
import type { SandboxCa } from '@zairyu/card';
import { COUNTERS_FROM, isOpen, nextOpenDay } from '@zairyu/rules';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { hasNoUsers, randomPassword } from '../../platform/auth/bootstrap-admin.ts';
import { createUser } from '../../platform/auth/create-user.ts';
import type { User } from '../../platform/auth/present-user.ts';
import { type Clock, fixedClock, japanDate } from '../../platform/clock.ts';
import { type Actor, actorFor, systemActor } from '../../platform/context.ts';
import { DEFAULT_TENANT, type Role } from '../../platform/tenants/tenant-kinds.ts';
import { createTenant } from '../../platform/tenants/tenants.ts';
import { fileApplication } from '../commands/file-application.ts';
import { grantApplication } from '../commands/grant-application.ts';
import { registerResident } from '../commands/register-resident.ts';
import type { CommandContext } from '../context.ts';
import { addDaysIso, addYearsIso } from '../domain/dates.ts';
import type { ResidentFieldsInput } from '../domain/resident-fields.ts';

/** What seedDemo created (passwords are shown once). */
export interface DemoSeed {
  users: { username: string; password: string; role: Role; officeCode: string | null }[];
  residentIds: string[];
  cardNumber: string;
}

/** The day the demo card is issued: the last bureau open day up to today, and not before counters open. */
export function demoIssueDay(today: string): string {
  if (today < COUNTERS_FROM) return nextOpenDay(COUNTERS_FROM, 'immigration-bureau');
  let d = today;
  while (!isOpen(d, 'immigration-bureau')) d = addDaysIso(d, -1);
  return d < COUNTERS_FROM ? nextOpenDay(COUNTERS_FROM, 'immigration-bureau') : d;
}

const ADDRESS = '東京都千代田区千代田1-1 サンドボックス（架空）';
const ADDRESS_LATIN = '1-1 CHIYODA CHIYODA-KU TOKYO SANDBOX';

function actorOfUser(u: User, tenantId: string): Actor {
  return actorFor({ userId: u.id, username: u.username, role: u.role, officeCode: u.officeCode, tenantId });
}

/** Options of seedDemo. */
export interface SeedDemoOptions {
  /** Tenant of the demo data (default DEFAULT_TENANT). */
  tenantId?: string;
}

/** Seeds the demo data set once; null when users already exist. */
export async function seedDemo(
  db: Kysely<Schema>,
  clock: Clock,
  ca: SandboxCa,
  options: SeedDemoOptions = {},
): Promise<DemoSeed | null> {
  const tenantId = options.tenantId ?? DEFAULT_TENANT;
  if (!(await hasNoUsers(db))) return null; // only on a database's first start
  const tenant = await db.selectFrom('tenants').select('kind').where('id', '=', tenantId).executeTakeFirst();
  if (!tenant)
    await createTenant(
      db,
      clock,
      { id: tenantId, kind: 'authority', name: `Sandbox authority ${tenantId} (SANDBOX)` },
      'seed-demo',
    );
  else if (tenant.kind !== 'authority') throw new Error(`demo seed: tenant ${tenantId} is not an authority`);
  const admin = { db, clock, actor: systemActor(tenantId), tenantId, requestId: 'seed-demo', ca };
  const accounts = [
    {
      username: 'demo-admin',
      role: 'system-admin',
      officeCode: null,
      displayName: 'Demo administrator (SANDBOX)',
    },
    {
      username: 'demo-bureau',
      role: 'bureau-officer',
      officeCode: 'tokyo-bureau',
      displayName: 'Demo bureau officer (SANDBOX)',
    },
    {
      username: 'demo-municipal',
      role: 'municipal-officer',
      officeCode: '131016',
      displayName: 'Demo municipal officer (SANDBOX)',
    },
  ] as const;
  const users: DemoSeed['users'] = [];
  const created: User[] = [];
  for (const a of accounts) {
    const password = randomPassword();
    created.push(await createUser(admin, { ...a, password }));
    users.push({ username: a.username, password, role: a.role, officeCode: a.officeCode });
  }
  const day = demoIssueDay(japanDate(clock.now()));
  const demoClock = day === japanDate(clock.now()) ? clock : fixedClock(`${day}T10:00:00+09:00`);
  const bureau: CommandContext = {
    ...admin,
    clock: demoClock,
    actor: actorOfUser(created[1] as User, tenantId),
  };
  const residents: ResidentFieldsInput[] = [
    {
      familyName: 'SANDBOX',
      givenName: 'TARO',
      birthDate: '1994-04-12',
      sex: 'male',
      nationality: 'VNM',
      status: 'engineer-humanities-international',
      periodOfStay: 'P1Y',
      stayExpiry: addDaysIso(day, 60),
      residentRecord: true,
      address: ADDRESS,
      addressLatin: ADDRESS_LATIN,
      municipalityCode: '131016',
    },
    {
      familyName: 'SANDBOX',
      givenName: 'HANAKO',
      birthDate: '1988-09-30',
      sex: 'female',
      nationality: 'PHL',
      status: 'permanent-resident',
      periodOfStay: 'indefinite',
      stayExpiry: null,
      residentRecord: true,
      address: ADDRESS,
      addressLatin: ADDRESS_LATIN,
      municipalityCode: '131016',
    },
    {
      familyName: 'SANDBOX',
      givenName: 'MINH',
      birthDate: '2003-01-20',
      sex: 'unspecified',
      nationality: 'VNM',
      status: 'student',
      periodOfStay: 'P2Y',
      stayExpiry: addDaysIso(day, 400),
      residentRecord: true,
      address: ADDRESS,
      municipalityCode: '131016',
    },
    {
      familyName: 'SANDBOX',
      givenName: 'JIHO',
      birthDate: '1975-07-07',
      sex: 'male',
      nationality: 'KOR',
      status: 'special-permanent-resident',
      periodOfStay: 'indefinite',
      stayExpiry: null,
      residentRecord: true,
      address: ADDRESS,
      addressLatin: ADDRESS_LATIN,
      municipalityCode: '131016',
    },
  ];
  const residentIds: string[] = [];
  for (const r of residents) residentIds.push((await registerResident(bureau, r)).id);
  const taro = residents[0] as ResidentFieldsInput;
  const { application } = await fileApplication(bureau, {
    residentId: residentIds[0] as string,
    procedure: 'extension-of-stay',
    channel: 'counter',
    requestSpecifiedCard: true,
  });
  const grant = await grantApplication(bureau, {
    applicationId: application.id,
    newStayExpiry: addYearsIso(taro.stayExpiry as string, 1),
  });
  if (!grant.card) throw new Error('demo seed: the grant issued no card');
  return { users, residentIds, cardNumber: grant.card.cardNumber };
}
