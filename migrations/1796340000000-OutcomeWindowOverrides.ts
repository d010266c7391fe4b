import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per initiative-metric link, the outcome windows' lengths when they differ from the contract's
 * defaults (some effects lag): days of the pre window, settle days after the work, days of the
 * post window. Null keeps the default.
 */
export class OutcomeWindowOverrides1796340000000 implements MigrationInterface {
  name = 'OutcomeWindowOverrides1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiative_metric" ADD "pre_days" integer`);
    await queryRunner.query(`ALTER TABLE "initiative_metric" ADD "settle_days" integer`);
    await queryRunner.query(`ALTER TABLE "initiative_metric" ADD "post_days" integer`);
    await queryRunner.query(
      `ALTER TABLE "initiative_metric" ADD CONSTRAINT "ck_initiative_metric_windows" CHECK ((pre_days IS NULL OR pre_days BETWEEN 7 AND 182) AND (settle_days IS NULL OR settle_days BETWEEN 0 AND 365) AND (post_days IS NULL OR post_days BETWEEN 7 AND 365))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiative_metric" DROP CONSTRAINT "ck_initiative_metric_windows"`);
    await queryRunner.query(`ALTER TABLE "initiative_metric" DROP COLUMN "post_days"`);
    await queryRunner.query(`ALTER TABLE "initiative_metric" DROP COLUMN "settle_days"`);
    await queryRunner.query(`ALTER TABLE "initiative_metric" DROP COLUMN "pre_days"`);
  }
}
