import { createContext, type ComponentType, type ReactNode } from 'react';

// The capacity feature's part of the roadmap (a feature never imports another: app/ hands the
// roadmap the real component, typed here).

/** A bar about to be saved at new dates. */
export interface BarMove {
  initiativeId: string;
  startDate: string;
  endDate: string;
}

export interface RoadmapCapacityParts {
  /** What to show in a lane's heading for the quarters in view: its team's load, or nothing. */
  laneLoad(laneKey: string): ReactNode;
  /** Resolves true to save the move: at once when no team goes over capacity, else once the user says so. */
  checkMove(move: BarMove): Promise<boolean>;
  /** After a move was saved: the loads are read again. */
  afterMove(): void;
}

/** Set by the capacity feature around the roadmap's timeline; null elsewhere (a shared roadmap). */
export const RoadmapCapacityContext = createContext<RoadmapCapacityParts | null>(null);

export interface RoadmapCapacityProps {
  /** The roadmap's window. */
  from: string;
  to: string;
  /** The timeline, given the context. */
  children: ReactNode;
}

export type RoadmapCapacitySlot = ComponentType<RoadmapCapacityProps>;
