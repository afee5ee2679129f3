/**
 * Residents: register, list (and search by name or card number) and read (within the officer's municipality or bureau jurisdiction), correct, and
 * find by the card presented at the counter.
 */
import {
  FindResidentByCardSchema,
  findResidentByCard,
  getResident,
  listResidents,
  ResidentFieldsSchema,
  ResidentSchema,
  ResidentSearchSchema,
  registerResident,
  updateResident,
} from '@zairyu/core';
import { z } from 'zod';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import { setNextLink } from '../contract/register-routes.ts';
import type { AppDeps } from '../deps.ts';
import { IdParams, PageQuery } from './common.ts';

const residentExample = {
  familyName: 'SANDBOX',
  givenName: 'MAI',
  birthDate: '2001-02-03',
  sex: 'female',
  nationality: 'VNM',
  status: 'student',
  periodOfStay: 'P1Y3M',
  stayExpiry: '2027-09-30',
  residentRecord: true,
  address: '東京都千代田区千代田1-1 サンドボックス（架空）',
  addressLatin: '1-1 CHIYODA CHIYODA-KU TOKYO SANDBOX',
  municipalityCode: '131016',
  applicationPending: null,
};

/** /residents. */
export function residentRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'registerResident',
      method: 'POST',
      url: '/residents',
      tag: 'residents',
      summary: 'Register a resident (the 住居地 must be in your municipality or bureau jurisdiction)',
      action: 'residents.register',
      body: ResidentFieldsSchema,
      bodyExample: residentExample,
      status: 201,
      response: ResidentSchema,
      handler: async ({ body, request }) => registerResident(contextOf(deps, request), body),
    }),
    defineRoute({
      operationId: 'listResidents',
      method: 'GET',
      url: '/residents',
      tag: 'residents',
      summary: 'List or search the residents you may see, in registration order',
      description:
        '`name`: part of the name in any case (family name, given name, or "FAMILY GIVEN"); `cardNumber`: the number of any card of the resident. Given together, both must match. A search never finds a resident the list would not show.',
      action: 'residents.read',
      query: PageQuery.extend(ResidentSearchSchema.shape),
      status: 200,
      response: z.object({ items: z.array(ResidentSchema), nextCursor: z.string().nullable() }),
      handler: async ({ query, request, reply }) => {
        const page = await listResidents(contextOf(deps, request), query);
        setNextLink(request, reply, page.nextCursor);
        return page;
      },
    }),
    defineRoute({
      operationId: 'findResidentByCard',
      method: 'POST',
      url: '/residents/lookup',
      tag: 'residents',
      summary:
        'Find the holder of a card presented at the counter (card number and birth date, both printed on it)',
      description:
        'For a 転入届 from another municipality: the officer of the new municipality has the card in hand. A wrong pair is 404 without saying which part was wrong. Audited.',
      action: 'residents.find-by-card',
      body: FindResidentByCardSchema,
      bodyExample: { cardNumber: 'AB12345678CD', birthDate: '2001-02-03' },
      status: 200,
      response: ResidentSchema,
      handler: async ({ body, request }) => findResidentByCard(contextOf(deps, request), body),
    }),
    defineRoute({
      operationId: 'getResident',
      method: 'GET',
      url: '/residents/:id',
      tag: 'residents',
      summary: 'Read a resident (audited)',
      action: 'residents.read',
      params: IdParams,
      status: 200,
      response: ResidentSchema,
      handler: async ({ params, request }) =>
        getResident(contextOf(deps, request), { residentId: params.id }),
    }),
    defineRoute({
      operationId: 'updateResident',
      method: 'PATCH',
      url: '/residents/:id',
      tag: 'residents',
      summary: 'Correct a resident record (the 住居地 changes only through a move-in or change-of-address)',
      description:
        "Any subset of the fields; the merged record is validated as a whole. Status, period and expiry are the bureau's; the address, its romanisation and the municipality are refused here (403): file a move-in (転入届) or change-of-address (転居届) with newAddress.",
      action: 'residents.update',
      params: IdParams,
      body: ResidentFieldsSchema.partial(),
      bodyExample: { givenName: 'MAI THI' },
      status: 200,
      response: ResidentSchema,
      handler: async ({ params, body, request }) =>
        updateResident(contextOf(deps, request), { ...body, residentId: params.id }),
    }),
  ] as const;
}
