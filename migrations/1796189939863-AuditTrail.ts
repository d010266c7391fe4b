import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1796189939863 implements MigrationInterface {
  name = 'AuditTrail1796189939863';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."actor_kind" AS ENUM('USER', 'API_TOKEN', 'JIRA_SYNC', 'METRIC_SOURCE', 'SYSTEM')`);
    await queryRunner.query(`CREATE TYPE "public"."audit_action" AS ENUM('CREATE', 'UPDATE', 'DELETE')`);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" "public"."actor_kind" NOT NULL, "actor_name" character varying(300) NOT NULL, "actor_user_id" uuid, "actor_token_id" uuid, "action" "public"."audit_action" NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" character varying(100) NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "request_id" character varying(128), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_event_at" ON "audit_event"  ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_actor_user" ON "audit_event"  ("actor_user_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id", "id") `);
    // Append-only: the trail is corrected by new events, never by editing or deleting old ones.
    await queryRunner.query(
      `CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TABLE "baseline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid NOT NULL, CONSTRAINT "PK_980ffba177cccda0ce36746ffa9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "baseline_initiative" ("baseline_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "start_date" date, "end_date" date, CONSTRAINT "PK_0ff405e06dbb0197371808295fc" PRIMARY KEY ("baseline_id", "initiative_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_baseline_initiative_initiative_id" ON "baseline_initiative"  ("initiative_id") `);
    await queryRunner.query(
      `ALTER TABLE "baseline_initiative" ADD CONSTRAINT "fk_baseline_initiative_baseline" FOREIGN KEY ("baseline_id") REFERENCES "baseline"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "baseline_initiative" ADD CONSTRAINT "fk_baseline_initiative_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "baseline_initiative" DROP CONSTRAINT "fk_baseline_initiative_initiative"`);
    await queryRunner.query(`ALTER TABLE "baseline_initiative" DROP CONSTRAINT "fk_baseline_initiative_baseline"`);
    await queryRunner.query(`DROP INDEX "public"."ix_baseline_initiative_initiative_id"`);
    await queryRunner.query(`DROP TABLE "baseline_initiative"`);
    await queryRunner.query(`DROP TABLE "baseline"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_actor_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_at"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_event_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`DROP TYPE "public"."actor_kind"`);
  }
}
