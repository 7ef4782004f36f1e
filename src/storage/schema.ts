/**
 * Row types of every table, shared by both dialects. Times are ISO-8601 UTC strings with
 * milliseconds (sortable as text on both engines); JSON columns hold canonical text. Each
 * capability declares its tables beside its store (`storage/<capability>/schema.ts`); the
 * database's schema is their union.
 */
import type { AuditTables } from './audit/schema.js';
import type { AccountsTables } from './accounts/schema.js';
import type { RegisterTables } from './register/schema.js';
import type { CasesTables } from './cases/schema.js';
import type { RequestsTables } from './requests/schema.js';
import type { NotificationsTables } from './notifications/schema.js';
import type { EvidenceTables } from './evidence/schema.js';
import type { SharingTables } from './sharing/schema.js';
import type { FederationTables } from './federation/schema.js';
import type { MispTables } from './misp/schema.js';
import type { DirectoryTables } from './directory/schema.js';
import type { AlertTables } from './alerts/schema.js';
import type { TaxiiTables } from './taxii/schema.js';

export type * from './audit/schema.js';
export type * from './accounts/schema.js';
export type * from './register/schema.js';
export type * from './cases/schema.js';
export type * from './requests/schema.js';
export type * from './notifications/schema.js';
export type * from './evidence/schema.js';
export type * from './sharing/schema.js';
export type * from './federation/schema.js';
export type * from './misp/schema.js';
export type * from './directory/schema.js';
export type * from './alerts/schema.js';
export type * from './taxii/schema.js';

/** A table the storage conformance suite uses; also the "state row" of the write benchmark. */
export interface ConformanceItemsTable {
  id: string;
  name: string;
  version: number;
  body: string;
  created_at: string;
}

export interface Schema
  extends AuditTables,
    AccountsTables,
    RegisterTables,
    CasesTables,
    RequestsTables,
    NotificationsTables,
    EvidenceTables,
    SharingTables,
    FederationTables,
    TaxiiTables,
    MispTables,
    DirectoryTables,
    AlertTables {
  conformance_items: ConformanceItemsTable;
}
