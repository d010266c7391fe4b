import { SetMetadata } from '@nestjs/common';
import { Role } from '@throughline/shared';

/** What an operation declares: the least role it needs, or PUBLIC. No declaration: refused. */
export type Access = Role | 'PUBLIC';

export const ACCESS_METADATA = 'throughline:access';

/** The least role a caller needs for this Query, Mutation or REST handler. */
export const Requires = (role: Role) => SetMetadata(ACCESS_METADATA, role satisfies Access);

/** Answers everyone, signed in or not (health, sign-in, first run, `me`). */
export const Public = () => SetMetadata(ACCESS_METADATA, 'PUBLIC' satisfies Access);
