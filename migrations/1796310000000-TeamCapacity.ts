import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capacity planning: engineer-weeks each team has per fiscal quarter (by label, "FY2027-Q1"), and
 * each initiative's split of its effort between its own teams (a row per team; none: all on the
 * lead team). An allocation goes with its team's link to the initiative.
 */
export class TeamCapacity1796310000000 implements MigrationInterface {
  name = 'TeamCapacity1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_capacity" ("team_id" uuid NOT NULL, "period" character varying(10) NOT NULL, "weeks" double precision NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_team_capacity_period" CHECK (period ~ '^FY[0-9]{4}-Q[1-4]$'), CONSTRAINT "ck_team_capacity_weeks" CHECK (weeks >= 0 AND weeks <= 100000), CONSTRAINT "pk_team_capacity" PRIMARY KEY ("team_id", "period"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_capacity" ADD CONSTRAINT "fk_team_capacity_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiative_allocation" ("initiative_id" uuid NOT NULL, "team_id" uuid NOT NULL, "share" double precision NOT NULL, CONSTRAINT "ck_initiative_allocation_share" CHECK (share >= 0 AND share <= 1), CONSTRAINT "pk_initiative_allocation" PRIMARY KEY ("initiative_id", "team_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_allocation" ADD CONSTRAINT "fk_initiative_allocation_link" FOREIGN KEY ("initiative_id", "team_id") REFERENCES "initiative_team"("initiative_id","team_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiative_allocation" DROP CONSTRAINT "fk_initiative_allocation_link"`);
    await queryRunner.query(`DROP TABLE "initiative_allocation"`);
    await queryRunner.query(`ALTER TABLE "team_capacity" DROP CONSTRAINT "fk_team_capacity_team"`);
    await queryRunner.query(`DROP TABLE "team_capacity"`);
  }
}
