/** Row types of the register: States, authorities, contacts, node settings (both dialects; see ../schema.ts). */

export interface NodeSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface StatesTable {
  code: string;
  name: string;
  node_url: string | null;
  /** JSON arrays. */
  languages: string;
  regimes: string;
  declarations: string;
  created_at: string;
  updated_at: string;
}

export interface AuthoritiesTable {
  id: string;
  state_code: string;
  type: string;
  name: string;
  languages: string;
  timezone: string;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: string;
  authority_id: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  timezone: string | null;
  available_24_7: number;
  created_at: string;
  updated_at: string;
}

export interface RegisterTables {
  node_settings: NodeSettingsTable;
  states: StatesTable;
  authorities: AuthoritiesTable;
  contacts: ContactsTable;
}
