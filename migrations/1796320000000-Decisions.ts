import { MigrationInterface, QueryRunner } from 'typeorm';

export class Decisions1796320000000 implements MigrationInterface {
  name = 'Decisions1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."decision_status" AS ENUM('PROPOSED', 'ACCEPTED', 'REJECTED', 'DEPRECATED', 'SUPERSEDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" integer NOT NULL, "title" character varying(300) NOT NULL, "status" "public"."decision_status" NOT NULL DEFAULT 'PROPOSED', "decided_on" date, "deciders" character varying(200), "context" text NOT NULL DEFAULT '', "decision" text NOT NULL DEFAULT '', "consequences" text NOT NULL DEFAULT '', "superseded_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_decision_number" UNIQUE ("number"), CONSTRAINT "ck_decision_number" CHECK (number >= 1), CONSTRAINT "ck_decision_context_length" CHECK (char_length(context) <= 20000), CONSTRAINT "ck_decision_decision_length" CHECK (char_length(decision) <= 20000), CONSTRAINT "ck_decision_consequences_length" CHECK (char_length(consequences) <= 20000), CONSTRAINT "PK_decision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_decision_superseded_by_id" ON "decision" ("superseded_by_id") `);
    await queryRunner.query(
      `ALTER TABLE "decision" ADD CONSTRAINT "fk_decision_superseded_by" FOREIGN KEY ("superseded_by_id") REFERENCES "decision"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "decision_initiative" ("decision_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, CONSTRAINT "PK_decision_initiative" PRIMARY KEY ("decision_id", "initiative_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_decision_initiative_initiative_id" ON "decision_initiative" ("initiative_id") `);
    await queryRunner.query(
      `ALTER TABLE "decision_initiative" ADD CONSTRAINT "fk_decision_initiative_decision" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_initiative" ADD CONSTRAINT "fk_decision_initiative_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "decision_goal" ("decision_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "PK_decision_goal" PRIMARY KEY ("decision_id", "goal_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_decision_goal_goal_id" ON "decision_goal" ("goal_id") `);
    await queryRunner.query(
      `ALTER TABLE "decision_goal" ADD CONSTRAINT "fk_decision_goal_decision" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_goal" ADD CONSTRAINT "fk_decision_goal_goal" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "decision_goal"`);
    await queryRunner.query(`DROP TABLE "decision_initiative"`);
    await queryRunner.query(`DROP TABLE "decision"`);
    await queryRunner.query(`DROP TYPE "public"."decision_status"`);
  }
}
