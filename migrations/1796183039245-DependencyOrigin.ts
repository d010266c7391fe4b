import { MigrationInterface, QueryRunner } from 'typeorm';

export class DependencyOrigin1796183039245 implements MigrationInterface {
  name = 'DependencyOrigin1796183039245';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dependency" ADD "origin" character varying(10) NOT NULL DEFAULT 'MANUAL'`);
    await queryRunner.query(`ALTER TABLE "dependency" ADD CONSTRAINT "ck_dependency_origin" CHECK (origin IN ('MANUAL', 'JIRA'))`);
    // What a Jira "Blocks" link made so far: both ends imported by one connection, with the link stored.
    await queryRunner.query(
      `UPDATE "dependency" d SET "origin" = 'JIRA'
         FROM "jira_issue_link" l
         JOIN "jira_issue" b ON b.connection_id = l.connection_id AND b.jira_id = l.blocker_jira_id
         JOIN "jira_issue" c ON c.connection_id = l.connection_id AND c.jira_id = l.blocked_jira_id
        WHERE d.blocker_id = b.initiative_id AND d.dependent_id = c.initiative_id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dependency" DROP CONSTRAINT "ck_dependency_origin"`);
    await queryRunner.query(`ALTER TABLE "dependency" DROP COLUMN "origin"`);
  }
}
