import { Type } from 'typebox';
import { UN_LANGUAGES } from '../../core/accounts/languages.js';
import { ROLES } from '../../core/accounts/roles.js';
import { StringEnum } from '../schemas.js';

export const RoleSchema = StringEnum(ROLES, { description: 'A role a user holds' });

export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(RoleSchema),
  authorityId: Type.Union([Type.String(), Type.Null()]),
  totpEnabled: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
  language: StringEnum(UN_LANGUAGES, { description: 'the console language the user chose' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
