import { Badge } from '../../../components/ui/badge';
import { severityTone } from '../../../components/ui/tones';

/** A risk's severity (likelihood × impact), coloured by how bad it is. */
export function SeverityBadge({ risk }: { risk: { severity: number; likelihood: number; impact: number } }) {
  return (
    <Badge tone={severityTone(risk.severity)} className="tabular-nums" title={`Likelihood ${risk.likelihood} × impact ${risk.impact}`}>
      {risk.severity}
    </Badge>
  );
}
