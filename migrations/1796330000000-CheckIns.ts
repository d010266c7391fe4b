import { MigrationInterface, QueryRunner } from 'typeorm';

/** Check-ins: an owner's update on an initiative (health, Markdown, expected end), newest read first. */
export class CheckIns1796330000000 implements MigrationInterface {
  name = 'CheckIns1796330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "author_kind" "public"."actor_kind" NOT NULL, "author_name" character varying(200) NOT NULL, "author_user_id" uuid, "health" "public"."health" NOT NULL, "body" text NOT NULL, "expected_end_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_check_in_body_length" CHECK (char_length(body) <= 20000), CONSTRAINT "pk_check_in" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_check_in_initiative_created" ON "check_in" ("initiative_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "check_in" ADD CONSTRAINT "fk_check_in_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "fk_check_in_initiative"`);
    await queryRunner.query(`DROP INDEX "public"."ix_check_in_initiative_created"`);
    await queryRunner.query(`DROP TABLE "check_in"`);
  }
}
