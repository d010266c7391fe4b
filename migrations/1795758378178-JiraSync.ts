import { MigrationInterface, QueryRunner } from 'typeorm';

export class JiraSync1795758378178 implements MigrationInterface {
  name = 'JiraSync1795758378178';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "jira_connection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "base_url" character varying(2048) NOT NULL, "email" character varying(320) NOT NULL, "api_token_encrypted" text, "jql" character varying(10000) NOT NULL, "sync_every_minutes" integer, "field_overrides" jsonb, "last_synced_at" TIMESTAMP WITH TIME ZONE, "last_cursor" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_jira_connection_name" UNIQUE ("name"), CONSTRAINT "ck_jira_connection_sync_every" CHECK (sync_every_minutes IS NULL OR sync_every_minutes BETWEEN 5 AND 1440), CONSTRAINT "PK_ba5b85977a40ec78e2a3640892c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "jira_issue" ("connection_id" uuid NOT NULL, "jira_id" character varying(32) NOT NULL, "key" character varying(255) NOT NULL, "imported" boolean NOT NULL DEFAULT false, "removed" boolean NOT NULL DEFAULT false, "initiative_id" uuid, "parent_jira_id" character varying(32), "status_category" character varying(20) NOT NULL, "updated_at_jira" TIMESTAMP WITH TIME ZONE, "content_hash" character varying(64), "last_changed_run_id" uuid, CONSTRAINT "PK_52a38eeb75596c7f37bec9f15a0" PRIMARY KEY ("connection_id", "jira_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_jira_issue_initiative" ON "jira_issue"  ("initiative_id") `);
    await queryRunner.query(`CREATE INDEX "ix_jira_issue_parent" ON "jira_issue"  ("connection_id", "parent_jira_id") `);
    await queryRunner.query(
      `CREATE TABLE "jira_issue_link" ("connection_id" uuid NOT NULL, "blocker_jira_id" character varying(32) NOT NULL, "blocked_jira_id" character varying(32) NOT NULL, CONSTRAINT "PK_c11c0afc570188598d34062c8da" PRIMARY KEY ("connection_id", "blocker_jira_id", "blocked_jira_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_jira_issue_link_blocked" ON "jira_issue_link"  ("connection_id", "blocked_jira_id") `);
    await queryRunner.query(`CREATE TYPE "public"."sync_run_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "sync_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "connection_id" uuid NOT NULL, "status" "public"."sync_run_status" NOT NULL DEFAULT 'QUEUED', "full" boolean NOT NULL, "source" character varying(10) NOT NULL DEFAULT 'JIRA', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "expected_issues" integer, "issues_seen" integer NOT NULL DEFAULT '0', "created" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "removed" integer NOT NULL DEFAULT '0', "error" text, "warnings" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_ab1387853fd86ea904a21058b01" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_sync_run_active" ON "sync_run"  ("connection_id") WHERE status IN ('QUEUED', 'RUNNING')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sync_run_connection_created" ON "sync_run"  ("connection_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "jira_issue" ADD CONSTRAINT "fk_jira_issue_connection" FOREIGN KEY ("connection_id") REFERENCES "jira_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jira_issue" ADD CONSTRAINT "fk_jira_issue_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jira_issue_link" ADD CONSTRAINT "fk_jira_issue_link_blocker" FOREIGN KEY ("connection_id", "blocker_jira_id") REFERENCES "jira_issue"("connection_id","jira_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sync_run" ADD CONSTRAINT "fk_sync_run_connection" FOREIGN KEY ("connection_id") REFERENCES "jira_connection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_run" DROP CONSTRAINT "fk_sync_run_connection"`);
    await queryRunner.query(`ALTER TABLE "jira_issue_link" DROP CONSTRAINT "fk_jira_issue_link_blocker"`);
    await queryRunner.query(`ALTER TABLE "jira_issue" DROP CONSTRAINT "fk_jira_issue_initiative"`);
    await queryRunner.query(`ALTER TABLE "jira_issue" DROP CONSTRAINT "fk_jira_issue_connection"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sync_run_connection_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sync_run_active"`);
    await queryRunner.query(`DROP TABLE "sync_run"`);
    await queryRunner.query(`DROP TYPE "public"."sync_run_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jira_issue_link_blocked"`);
    await queryRunner.query(`DROP TABLE "jira_issue_link"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jira_issue_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jira_issue_initiative"`);
    await queryRunner.query(`DROP TABLE "jira_issue"`);
    await queryRunner.query(`DROP TABLE "jira_connection"`);
  }
}
