import { MigrationInterface, QueryRunner } from 'typeorm';

export class ShareLinks1796197885008 implements MigrationInterface {
  name = 'ShareLinks1796197885008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."shared_view" AS ENUM('ROADMAP', 'ALIGNMENT')`);
    await queryRunner.query(
      `CREATE TABLE "share_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "view" "public"."shared_view" NOT NULL, "params" character varying(2000) NOT NULL, "prefix" character varying(6) NOT NULL, "secret_hash" character(64) NOT NULL, "secret_sealed" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c20801720fbd00896c634d4aa94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_share_link_hash" ON "share_link"  ("secret_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_share_link_creator_created" ON "share_link"  ("created_by_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "share_link" ADD CONSTRAINT "fk_share_link_creator" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "share_link" DROP CONSTRAINT "fk_share_link_creator"`);
    await queryRunner.query(`DROP INDEX "public"."ix_share_link_creator_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_share_link_hash"`);
    await queryRunner.query(`DROP TABLE "share_link"`);
    await queryRunner.query(`DROP TYPE "public"."shared_view"`);
  }
}
