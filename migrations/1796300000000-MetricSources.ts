import { MigrationInterface, QueryRunner } from 'typeorm';

/** Metric sources (Prometheus, Datadog, New Relic), a metric's binding to one, and the pulls it ran. */
export class MetricSources1796300000000 implements MigrationInterface {
  name = 'MetricSources1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."metric_source_kind" AS ENUM('PROMETHEUS', 'DATADOG', 'NEW_RELIC')`);
    await queryRunner.query(`CREATE TYPE "public"."pull_run_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "metric_source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."metric_source_kind" NOT NULL, "base_url" character varying(2048) NOT NULL, "account_id" character varying(40), "credentials_encrypted" text, "credential_fields" character varying(20) array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_metric_source_name" UNIQUE ("name"), CONSTRAINT "pk_metric_source" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "metric_binding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "metric_id" uuid NOT NULL, "source_id" uuid NOT NULL, "query" character varying(4000) NOT NULL, "pull_every_minutes" integer NOT NULL DEFAULT 1440, "last_pulled_at" TIMESTAMP WITH TIME ZONE, "pulled_through" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_metric_binding_metric" UNIQUE ("metric_id"), CONSTRAINT "ck_metric_binding_pull_every" CHECK (pull_every_minutes BETWEEN 5 AND 10080), CONSTRAINT "pk_metric_binding" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_metric_binding_source" ON "metric_binding" ("source_id") `);
    await queryRunner.query(
      `ALTER TABLE "metric_binding" ADD CONSTRAINT "fk_metric_binding_metric" FOREIGN KEY ("metric_id") REFERENCES "metric"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "metric_binding" ADD CONSTRAINT "fk_metric_binding_source" FOREIGN KEY ("source_id") REFERENCES "metric_source"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "pull_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "binding_id" uuid NOT NULL, "status" "public"."pull_run_status" NOT NULL DEFAULT 'QUEUED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT 0, "points" integer NOT NULL DEFAULT 0, "error" text, CONSTRAINT "pk_pull_run" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_pull_run_binding_created" ON "pull_run" ("binding_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_pull_run_active" ON "pull_run" ("binding_id") WHERE status IN ('QUEUED', 'RUNNING')`);
    await queryRunner.query(
      `ALTER TABLE "pull_run" ADD CONSTRAINT "fk_pull_run_binding" FOREIGN KEY ("binding_id") REFERENCES "metric_binding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "pull_run"`);
    await queryRunner.query(`DROP TABLE "metric_binding"`);
    await queryRunner.query(`DROP TABLE "metric_source"`);
    await queryRunner.query(`DROP TYPE "public"."pull_run_status"`);
    await queryRunner.query(`DROP TYPE "public"."metric_source_kind"`);
  }
}
