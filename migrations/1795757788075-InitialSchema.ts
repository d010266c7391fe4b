import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795757788075 implements MigrationInterface {
  name = 'InitialSchema1795757788075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Initiative keys ("TL-42") are numbered from this sequence by InitiativeService.
    await queryRunner.query(`CREATE SEQUENCE "initiative_key_seq"`);
    await queryRunner.query(
      `CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "description" text, "owner" character varying(200), "parent_id" uuid, "start_date" date, "target_date" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_goal_not_own_parent" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "ck_goal_description_length" CHECK (char_length(description) <= 20000), CONSTRAINT "ck_goal_dates" CHECK (target_date IS NULL OR start_date IS NULL OR target_date >= start_date), CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_goal_parent_id" ON "goal"  ("parent_id") `);
    await queryRunner.query(`CREATE TYPE "public"."metric_direction" AS ENUM('INCREASE', 'DECREASE')`);
    await queryRunner.query(
      `CREATE TABLE "metric" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "unit" character varying(20) NOT NULL, "direction" "public"."metric_direction" NOT NULL, "baseline" double precision NOT NULL, "target" double precision NOT NULL, "target_date" date, "goal_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_metric_target_direction" CHECK ((direction = 'INCREASE' AND target > baseline) OR (direction = 'DECREASE' AND target < baseline)), CONSTRAINT "ck_metric_target_differs" CHECK (target <> baseline), CONSTRAINT "PK_7d24c075ea2926dd32bd1c534ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_metric_goal_id" ON "metric"  ("goal_id") `);
    await queryRunner.query(
      `CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(10) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_team_key" UNIQUE ("key"), CONSTRAINT "ck_team_key" CHECK (key ~ '^[A-Z0-9]{2,10}$'), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."initiative_status" AS ENUM('PROPOSED', 'PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')`);
    await queryRunner.query(`CREATE TYPE "public"."health" AS ENUM('ON_TRACK', 'AT_RISK', 'OFF_TRACK')`);
    await queryRunner.query(
      `CREATE TABLE "initiative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(20) NOT NULL, "title" character varying(300) NOT NULL, "description" text, "status" "public"."initiative_status" NOT NULL DEFAULT 'PROPOSED', "health" "public"."health" NOT NULL DEFAULT 'ON_TRACK', "start_date" date, "end_date" date, "owner" character varying(200), "effort_weeks" double precision, "lead_team_id" uuid, "external_key" character varying(255), "external_url" character varying(2048), "progress" double precision, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_initiative_key" UNIQUE ("key"), CONSTRAINT "ck_initiative_description_length" CHECK (char_length(description) <= 20000), CONSTRAINT "ck_initiative_progress" CHECK (progress IS NULL OR (progress >= 0 AND progress <= 1)), CONSTRAINT "ck_initiative_effort" CHECK (effort_weeks IS NULL OR (effort_weeks >= 0 AND effort_weeks <= 100000)), CONSTRAINT "ck_initiative_dates" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date), CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_initiative_lead_team_id" ON "initiative"  ("lead_team_id") `);
    await queryRunner.query(`CREATE INDEX "ix_initiative_dates" ON "initiative"  ("start_date", "end_date") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_team" ("initiative_id" uuid NOT NULL, "team_id" uuid NOT NULL, CONSTRAINT "PK_c74001182740a880c910a8f08a3" PRIMARY KEY ("initiative_id", "team_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_initiative_team_team_id" ON "initiative_team"  ("team_id") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_goal" ("initiative_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "PK_d5efb0b01d7efcc4d640a775cb7" PRIMARY KEY ("initiative_id", "goal_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_initiative_goal_goal_id" ON "initiative_goal"  ("goal_id") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_metric" ("initiative_id" uuid NOT NULL, "metric_id" uuid NOT NULL, CONSTRAINT "PK_efbf79104b3fe2f5e40488e710b" PRIMARY KEY ("initiative_id", "metric_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_initiative_metric_metric_id" ON "initiative_metric"  ("metric_id") `);
    await queryRunner.query(
      `CREATE TABLE "dependency" ("dependent_id" uuid NOT NULL, "blocker_id" uuid NOT NULL, CONSTRAINT "ck_dependency_not_self" CHECK (dependent_id <> blocker_id), CONSTRAINT "PK_519e396fe7f65f85df87f99092a" PRIMARY KEY ("dependent_id", "blocker_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_dependency_blocker_id" ON "dependency"  ("blocker_id") `);
    await queryRunner.query(
      `CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "metric_id" uuid NOT NULL, "value" double precision NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_measurement_metric_recorded_at" ON "measurement"  ("metric_id", "recorded_at") `);
    await queryRunner.query(`CREATE TYPE "public"."risk_status" AS ENUM('OPEN', 'MITIGATING', 'ACCEPTED', 'CLOSED')`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      ['public', 'risk', 'GENERATED_COLUMN', 'severity', 'likelihood * impact'],
    );
    await queryRunner.query(
      `CREATE TABLE "risk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "description" text, "likelihood" smallint NOT NULL, "impact" smallint NOT NULL, "severity" smallint GENERATED ALWAYS AS (likelihood * impact) STORED NOT NULL, "status" "public"."risk_status" NOT NULL DEFAULT 'OPEN', "owner" character varying(200), "mitigation" text, "initiative_id" uuid, "goal_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_risk_mitigation_length" CHECK (char_length(mitigation) <= 20000), CONSTRAINT "ck_risk_description_length" CHECK (char_length(description) <= 20000), CONSTRAINT "ck_risk_impact" CHECK (impact BETWEEN 1 AND 5), CONSTRAINT "ck_risk_likelihood" CHECK (likelihood BETWEEN 1 AND 5), CONSTRAINT "PK_955c5a23813b1704181c9a5f7c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_risk_initiative_id" ON "risk"  ("initiative_id") `);
    await queryRunner.query(`CREATE INDEX "ix_risk_goal_id" ON "risk"  ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "ix_risk_severity" ON "risk"  ("severity") `);
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "fk_goal_parent" FOREIGN KEY ("parent_id") REFERENCES "goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "metric" ADD CONSTRAINT "fk_metric_goal" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative" ADD CONSTRAINT "fk_initiative_lead_team" FOREIGN KEY ("lead_team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_team" ADD CONSTRAINT "fk_initiative_team_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_team" ADD CONSTRAINT "fk_initiative_team_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_goal" ADD CONSTRAINT "fk_initiative_goal_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_goal" ADD CONSTRAINT "fk_initiative_goal_goal" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_metric" ADD CONSTRAINT "fk_initiative_metric_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_metric" ADD CONSTRAINT "fk_initiative_metric_metric" FOREIGN KEY ("metric_id") REFERENCES "metric"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dependency" ADD CONSTRAINT "fk_dependency_dependent" FOREIGN KEY ("dependent_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dependency" ADD CONSTRAINT "fk_dependency_blocker" FOREIGN KEY ("blocker_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "fk_measurement_metric" FOREIGN KEY ("metric_id") REFERENCES "metric"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk" ADD CONSTRAINT "fk_risk_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk" ADD CONSTRAINT "fk_risk_goal" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "risk" DROP CONSTRAINT "fk_risk_goal"`);
    await queryRunner.query(`ALTER TABLE "risk" DROP CONSTRAINT "fk_risk_initiative"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "fk_measurement_metric"`);
    await queryRunner.query(`ALTER TABLE "dependency" DROP CONSTRAINT "fk_dependency_blocker"`);
    await queryRunner.query(`ALTER TABLE "dependency" DROP CONSTRAINT "fk_dependency_dependent"`);
    await queryRunner.query(`ALTER TABLE "initiative_metric" DROP CONSTRAINT "fk_initiative_metric_metric"`);
    await queryRunner.query(`ALTER TABLE "initiative_metric" DROP CONSTRAINT "fk_initiative_metric_initiative"`);
    await queryRunner.query(`ALTER TABLE "initiative_goal" DROP CONSTRAINT "fk_initiative_goal_goal"`);
    await queryRunner.query(`ALTER TABLE "initiative_goal" DROP CONSTRAINT "fk_initiative_goal_initiative"`);
    await queryRunner.query(`ALTER TABLE "initiative_team" DROP CONSTRAINT "fk_initiative_team_team"`);
    await queryRunner.query(`ALTER TABLE "initiative_team" DROP CONSTRAINT "fk_initiative_team_initiative"`);
    await queryRunner.query(`ALTER TABLE "initiative" DROP CONSTRAINT "fk_initiative_lead_team"`);
    await queryRunner.query(`ALTER TABLE "metric" DROP CONSTRAINT "fk_metric_goal"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "fk_goal_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_risk_severity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_risk_goal_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_risk_initiative_id"`);
    await queryRunner.query(`DROP TABLE "risk"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'severity', 'public', 'risk'],
    );
    await queryRunner.query(`DROP TYPE "public"."risk_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_measurement_metric_recorded_at"`);
    await queryRunner.query(`DROP TABLE "measurement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dependency_blocker_id"`);
    await queryRunner.query(`DROP TABLE "dependency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiative_metric_metric_id"`);
    await queryRunner.query(`DROP TABLE "initiative_metric"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiative_goal_goal_id"`);
    await queryRunner.query(`DROP TABLE "initiative_goal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiative_team_team_id"`);
    await queryRunner.query(`DROP TABLE "initiative_team"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiative_dates"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiative_lead_team_id"`);
    await queryRunner.query(`DROP TABLE "initiative"`);
    await queryRunner.query(`DROP TYPE "public"."health"`);
    await queryRunner.query(`DROP TYPE "public"."initiative_status"`);
    await queryRunner.query(`DROP TABLE "team"`);
    await queryRunner.query(`DROP INDEX "public"."ix_metric_goal_id"`);
    await queryRunner.query(`DROP TABLE "metric"`);
    await queryRunner.query(`DROP TYPE "public"."metric_direction"`);
    await queryRunner.query(`DROP INDEX "public"."ix_goal_parent_id"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP SEQUENCE "initiative_key_seq"`);
  }
}
