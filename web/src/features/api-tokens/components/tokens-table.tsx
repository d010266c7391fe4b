import type { Role } from '@throughline/shared';
import { formatDateTime } from '../../../components/audit/format-change';
import { Button } from '../../../components/ui/button';
import type { ApiTokenFieldsFragment } from '../../../gql/graphql';
import { ROLE_LABEL } from '../../../lib/session/role-label';
import { TableFrame } from '../../../components/ui/table-frame';

const CELL = 'px-3 py-2.5 sm:px-4';

interface TokensTableProps {
  tokens: readonly ApiTokenFieldsFragment[];
  /** An administrator's view: every owner's tokens, with an Owner column. */
  showOwner: boolean;
  onRevoke: (token: ApiTokenFieldsFragment) => void;
}

export function TokensTable({ tokens, showOwner, onRevoke }: TokensTableProps) {
  return (
    <TableFrame
      label="API tokens table"
      caption="API tokens, what they may do and when they were last used"
      head={
        <>
          <th scope="col" className={CELL}>
            Name
          </th>
          {showOwner && (
            <th scope="col" className={CELL}>
              Owner
            </th>
          )}
          <th scope="col" className={CELL}>
            Role
          </th>
          <th scope="col" className={`hidden md:table-cell ${CELL}`}>
            Last used
          </th>
          <th scope="col" className={`hidden sm:table-cell ${CELL}`}>
            Expires
          </th>
          <th scope="col" className={CELL}>
            <span className="sr-only">Revoke</span>
          </th>
        </>
      }
    >
      {tokens.map((token) => (
        <tr key={token.id}>
          <th scope="row" className={`${CELL} text-left font-medium text-slate-900`}>
            <span className="block">{token.name}</span>
            <code className="text-xs font-normal text-slate-600">{token.prefix}…</code>
          </th>
          {showOwner && <td className={CELL}>{token.owner.name}</td>}
          <td className={CELL}>{ROLE_LABEL[token.role as Role]}</td>
          <td className={`hidden md:table-cell ${CELL} text-slate-600`}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</td>
          <td className={`hidden sm:table-cell ${CELL} text-slate-600`}>{token.expiresAt ? formatDateTime(token.expiresAt) : 'Never'}</td>
          <td className={`${CELL} text-right`}>
            <Button size="sm" variant="ghost-danger" onClick={() => onRevoke(token)}>
              Revoke<span className="sr-only"> {token.name}</span>
            </Button>
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
