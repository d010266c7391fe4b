import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SharedView } from '@throughline/shared';
import { DateTimeScalar } from '../common/scalars';

registerEnumType(SharedView, { name: 'SharedView', description: 'A view a share link opens read-only.' });

@ObjectType('ShareLink', {
  description: 'A read-only link to the roadmap or the alignment view with its parameters, for people with no account.',
})
export class ShareLinkModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => SharedView, { description: 'The view it opens.' })
  view: SharedView;

  @Field({ description: 'The view\'s URL query, e.g. "from=2027-01-01&to=2027-12-31&group=team&team=…"; the link shows exactly this.' })
  params: string;

  @Field({
    description:
      'Opens the view read-only, with no account (the secret rides in the fragment). Should the server\'s secret key change, the secret can no longer be shown and is cut to its first characters ("…"); the link itself still works.',
  })
  url: string;

  /** For the `createdBy` field's loader. */
  createdById: string;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null: it works (until expiresAt).' })
  revokedAt: Date | null;
}

export { SharedView };
