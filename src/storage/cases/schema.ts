/** Row types of cases and their members (both dialects; see ../schema.ts). */

export interface CasesTable {
  id: string;
  reference: string;
  title: string;
  summary: string;
  authority_id: string | null;
  status: string;
  /** 1 when the case holds personal data: every read of it is then recorded. */
  personal_data: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  case_role: string;
  added_by: string;
  added_at: string;
}

export interface CasesTables {
  cases: CasesTable;
  case_members: CaseMembersTable;
}
