import { MigrationInterface, QueryRunner } from 'typeorm';

/** One measurement per metric and instant (upserts replace): of existing duplicates the newest is kept. */
export class MeasurementPerInstant1796200000000 implements MigrationInterface {
  name = 'MeasurementPerInstant1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "measurement" WHERE "id" IN (SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "metric_id", "recorded_at" ORDER BY "created_at" DESC, "id" DESC) AS "rank" FROM "measurement") AS "ranked" WHERE "rank" > 1)`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_measurement_metric_recorded_at"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_measurement_metric_recorded_at" ON "measurement" ("metric_id", "recorded_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_measurement_metric_recorded_at"`);
    await queryRunner.query(`CREATE INDEX "ix_measurement_metric_recorded_at" ON "measurement" ("metric_id", "recorded_at") `);
  }
}
