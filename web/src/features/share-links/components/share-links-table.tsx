import { formatDateTime } from '../../../components/audit/format-change';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { CopyLinkButton } from '../../../components/ui/copy-link-button';
import { TableFrame } from '../../../components/ui/table-frame';
import type { ShareLinkFieldsFragment } from '../../../gql/graphql';
import { linkState, paramsSummary, VIEW_LABEL } from '../share-link-summary';

const CELL = 'px-3 py-2.5 sm:px-4';

/** The url with its secret cut to the first characters: enough to tell links apart, not to use one. */
function recognisable(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : `${url.slice(0, at + 7)}…`;
}

interface ShareLinksTableProps {
  links: readonly ShareLinkFieldsFragment[];
  /** An administrator's view: everyone's links, with a Created by column. */
  showCreator: boolean;
  onRevoke: (link: ShareLinkFieldsFragment) => void;
}

export function ShareLinksTable({ links, showCreator, onRevoke }: ShareLinksTableProps) {
  const now = Date.now();
  return (
    <TableFrame
      label="Share links table"
      caption="Share links, what they show and until when"
      head={
        <>
          <th scope="col" className={CELL}>
            View
          </th>
          {showCreator && (
            <th scope="col" className={CELL}>
              Created by
            </th>
          )}
          <th scope="col" className={`hidden sm:table-cell ${CELL}`}>
            Expires
          </th>
          <th scope="col" className={CELL}>
            State
          </th>
          <th scope="col" className={CELL}>
            <span className="sr-only">Revoke</span>
          </th>
        </>
      }
    >
      {links.map((link) => {
        const state = linkState(link, now);
        return (
          <tr key={link.id}>
            <th scope="row" className={`${CELL} text-left font-medium text-slate-900`}>
              <span className="block">{VIEW_LABEL[link.view]}</span>
              <span className="block text-xs font-normal text-slate-600">{paramsSummary(link.view, link.params)}</span>
              <code className="block break-all text-xs font-normal text-slate-500">{recognisable(link.url)}</code>
            </th>
            {showCreator && <td className={CELL}>{link.createdBy.name}</td>}
            <td className={`hidden sm:table-cell ${CELL} text-slate-600`}>{link.expiresAt ? formatDateTime(link.expiresAt) : 'Never'}</td>
            <td className={CELL}>
              <Badge tone={state === 'Active' ? 'success' : 'neutral'}>{state}</Badge>
            </td>
            <td className={`${CELL} text-right`}>
              {state === 'Active' && (
                <span className="inline-flex items-start gap-1">
                  <CopyLinkButton url={link.url} label={`of the ${VIEW_LABEL[link.view]} link`} />
                  <Button size="sm" variant="ghost-danger" onClick={() => onRevoke(link)}>
                    Revoke<span className="sr-only"> the {VIEW_LABEL[link.view]} link</span>
                  </Button>
                </span>
              )}
            </td>
          </tr>
        );
      })}
    </TableFrame>
  );
}
