/**
 * Who an export is for, from the command line: the `--audience` options every way out of the
 * node shares (`comity stix export`, `comity misp export`), and the share context objects made
 * here are read under when they go to that audience.
 */
import type { Command } from 'commander';
import { readNodeIdentity } from '../app/register/node-identity.js';
import type { Audience, ShareContext } from '../core/sharing/markings/distribution.js';
import type { Database } from '../storage/database.js';
import { CliError, EXIT } from './output.js';

export interface AudienceFlags {
  audience: string;
  state?: string;
  organisation?: string;
  nodeId?: string;
  userId?: string;
  needToKnow?: boolean;
}

export function withAudienceOptions(command: Command): Command {
  return command
    .option('--audience <kind>', 'who receives it: public, node or user (public: TLP:CLEAR only)', 'public')
    .option('--state <code>', "the audience's State (ISO code)")
    .option('--organisation <id>', "the audience's organisation")
    .option('--node-id <id>', 'the receiving node, for TLP:RED naming')
    .option('--user-id <id>', 'the receiving user, for TLP:RED naming')
    .option('--need-to-know', 'the user is assigned to the case or incident (TLP:AMBER)');
}

export function audienceOf(flags: AudienceFlags): Audience {
  if (!['public', 'node', 'user'].includes(flags.audience))
    throw new CliError('--audience: one of public, node, user', EXIT.usage);
  return {
    kind: flags.audience as Audience['kind'],
    ...(flags.state ? { state: flags.state.toUpperCase() } : {}),
    ...(flags.organisation ? { organisation: flags.organisation } : {}),
    ...(flags.nodeId ? { nodeId: flags.nodeId } : {}),
    ...(flags.userId ? { userId: flags.userId } : {}),
    ...(flags.needToKnow ? { needToKnow: true } : {}),
  };
}

/** Objects created here are being shared with this audience: it is their recipient. */
export async function sharedWith(database: Database, audience: Audience): Promise<ShareContext> {
  const identity = await readNodeIdentity(database);
  return {
    originOrganisation: identity?.authorityId ?? 'local',
    originState: identity?.stateCode ?? '',
    recipientOrganisations: audience.organisation ? [audience.organisation] : [],
    recipientStates: audience.state ? [audience.state] : [],
    namedRecipients: [],
  };
}
