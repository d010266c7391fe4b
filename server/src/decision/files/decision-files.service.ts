import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../auth/caller';
import { DomainError } from '../../common/domain-error';
import { insertDecisions, lockDecisionNumbers, NewDecision } from '../decision-store';
import { DecisionStatus } from '../decision-status';
import { AdrFileError } from './adr-file-error';
import { fileBaseName, numberOfFileName, ParsedAdr, parseAdr } from './adr-markdown';
import { TextFile, zipOf } from './decision-zip';
import { assignNumbers } from './import-numbering';
import { DecisionForFile, decisionFileName, toMadr } from './madr-writer';

/** What an import did, file by file. */
export interface ImportAnswer {
  created: Array<{ id: string; number: number; title: string; fileName: string }>;
  /** Files whose number was taken: the number each took instead. */
  renumbered: Array<{ fileName: string; from: number; to: number }>;
  /** Files equal to a decision already there (same title and text): nothing changed. */
  unchanged: Array<{ fileName: string; number: number }>;
}

/** Where a file's decision is (or will be). */
interface Placed {
  id: string;
  number: number;
}

interface StoredText {
  id: string;
  number: number;
  title: string;
  context: string;
  decision: string;
  consequences: string;
}

/** Same title and text: what makes a file the decision already there. */
const sameness = (d: Pick<StoredText, 'title' | 'context' | 'decision' | 'consequences'>) =>
  JSON.stringify([d.title, d.context, d.decision, d.consequences].map((text) => text.replace(/\s+/g, ' ').trim()));

async function decisionsForFiles(manager: EntityManager): Promise<DecisionForFile[]> {
  return manager.query(
    `SELECT d.number, d.title, d.status, to_char(d.decided_on, 'YYYY-MM-DD') AS "decidedOn", d.deciders, d.context, d.decision, d.consequences,
            CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('number', s.number, 'title', s.title) END AS "supersededBy",
            ARRAY(SELECT i.key FROM decision_initiative di JOIN initiative i ON i.id = di.initiative_id
                   WHERE di.decision_id = d.id ORDER BY i.key) AS "initiativeKeys",
            ARRAY(SELECT g.title FROM decision_goal dg JOIN goal g ON g.id = dg.goal_id
                   WHERE dg.decision_id = d.id ORDER BY g.title) AS "goalTitles"
       FROM decision d LEFT JOIN decision s ON s.id = d.superseded_by_id
      ORDER BY d.number`,
  );
}

/** Initiative ids by key and goal ids by title (lower case), for the names the files use. */
async function linkTargets(manager: EntityManager, adrs: ParsedAdr[]) {
  const keys = [...new Set(adrs.flatMap((adr) => adr.initiativeKeys))];
  const titles = [...new Set(adrs.flatMap((adr) => adr.goalTitles.map((title) => title.toLowerCase())))];
  const initiatives: Array<{ id: string; key: string }> = keys.length
    ? await manager.query(`SELECT id, upper(key) AS key FROM initiative WHERE upper(key) = ANY($1)`, [keys])
    : [];
  const goals: Array<{ id: string; title: string }> = titles.length
    ? await manager.query(
        `SELECT DISTINCT ON (lower(title)) id, lower(title) AS title FROM goal WHERE lower(title) = ANY($1) ORDER BY lower(title), created_at`,
        [titles],
      )
    : [];
  const initiativeIds = new Map(initiatives.map((row) => [row.key, row.id]));
  const goalIds = new Map(goals.map((row) => [row.title, row.id]));
  return (adr: ParsedAdr) => ({
    initiativeIds: adr.initiativeKeys.map((key) => {
      const id = initiativeIds.get(key);
      if (!id) throw new AdrFileError(adr.fileName, `names the initiative ${key}, which does not exist`);
      return id;
    }),
    goalIds: adr.goalTitles.map((title) => {
      const id = goalIds.get(title.toLowerCase());
      if (!id) throw new AdrFileError(adr.fileName, `names the goal "${title}", which does not exist`);
      return id;
    }),
  });
}

@Injectable()
export class DecisionFilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every decision as a MADR file, NNNN-title-slug.md, in one zip. */
  async exportZip(): Promise<Buffer> {
    const decisions = await decisionsForFiles(this.dataSource.manager);
    return zipOf(decisions.map((decision) => ({ name: decisionFileName(decision), text: toMadr(decision) })));
  }

  /** Reads every file first: one bad file and nothing is written, with an error naming it. */
  async importFiles(files: TextFile[], actor: Actor): Promise<ImportAnswer> {
    if (!files.length) throw DomainError.badInput('files', 'send decision records: .md files, or a .zip of them');
    try {
      const adrs = files.map((file) => parseAdr(file.name, file.text));
      return await this.dataSource.transaction((manager) => this.write(manager, adrs, actor));
    } catch (error) {
      throw error instanceof AdrFileError ? error.toDomainError() : error;
    }
  }

  private async write(manager: EntityManager, adrs: ParsedAdr[], actor: Actor): Promise<ImportAnswer> {
    await lockDecisionNumbers(manager);
    const stored: StoredText[] = await manager.query(`SELECT id, number, title, context, decision, consequences FROM decision`);
    const known = new Map<string, Placed>(stored.map((decision) => [sameness(decision), { id: decision.id, number: decision.number }]));
    const idOfFile = new Map<string, string>();
    const fresh: Array<{ adr: ParsedAdr; placed: Placed }> = [];
    const equalTo: Array<{ fileName: string; placed: Placed }> = [];
    for (const adr of adrs) {
      // A file equal to an earlier one of the same import is that one's decision, too.
      let placed = known.get(sameness(adr));
      if (placed) equalTo.push({ fileName: adr.fileName, placed });
      else {
        placed = { id: randomUUID(), number: 0 };
        fresh.push({ adr, placed });
        known.set(sameness(adr), placed);
      }
      idOfFile.set(fileBaseName(adr.fileName), placed.id);
    }
    const numbers = assignNumbers(
      fresh.map(({ adr }) => adr.number),
      new Set(stored.map((decision) => decision.number)),
    );
    fresh.forEach(({ placed }, i) => (placed.number = numbers[i]));
    const linksOf = await linkTargets(
      manager,
      fresh.map(({ adr }) => adr),
    );
    const idOfNumber = new Map(stored.map((decision) => [decision.number, decision.id]));
    const successorOf = (ref: string | null) => (ref ? (idOfFile.get(ref) ?? idOfNumber.get(numberOfFileName(ref) ?? 0) ?? null) : null);
    const rows: NewDecision[] = fresh.map(({ adr, placed }) => ({
      id: placed.id,
      number: placed.number,
      title: adr.title,
      status: adr.status,
      decidedOn: adr.decidedOn,
      deciders: adr.deciders,
      context: adr.context,
      decision: adr.decision,
      consequences: adr.consequences,
      supersededById: successorOf(adr.supersededByRef),
      ...linksOf(adr),
    }));
    supersedeWithinImport(
      fresh.map(({ adr }) => adr),
      rows,
      idOfFile,
    );
    await insertDecisions(manager, actor, rows);
    return {
      created: fresh.map(({ adr, placed }) => ({ id: placed.id, number: placed.number, title: adr.title, fileName: adr.fileName })),
      renumbered: fresh
        .filter(({ adr, placed }) => adr.number !== null && adr.number !== placed.number)
        .map(({ adr, placed }) => ({ fileName: adr.fileName, from: adr.number!, to: placed.number })),
      unchanged: equalTo.map(({ fileName, placed }) => ({ fileName, number: placed.number })),
    };
  }
}

/** Nygard's "Supersedes [..](..)": the named file of the same import is superseded by this one. */
function supersedeWithinImport(adrs: ParsedAdr[], rows: NewDecision[], idOfFile: Map<string, string>): void {
  const rowById = new Map(rows.map((row) => [row.id, row]));
  for (const [i, adr] of adrs.entries()) {
    for (const ref of adr.supersedesRefs) {
      const target = rowById.get(idOfFile.get(ref) ?? '');
      if (target && !target.supersededById) Object.assign(target, { status: DecisionStatus.SUPERSEDED, supersededById: rows[i].id });
    }
  }
}
