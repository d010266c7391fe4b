import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiTokensAndPasswordLinks1796190159898 implements MigrationInterface {
  name = 'ApiTokensAndPasswordLinks1796190159898';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "role" "public"."role" NOT NULL, "prefix" character varying(10) NOT NULL, "token_hash" character(64) NOT NULL, "owner_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_token_hash" ON "api_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_api_token_owner_created" ON "api_token"  ("owner_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "set_password_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_479a37e0d9e0754cc485a5b6ea6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_set_password_link_user_id" ON "set_password_link"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_set_password_link_hash" ON "set_password_link"  ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "fk_api_token_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "set_password_link" ADD CONSTRAINT "fk_set_password_link_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "set_password_link" DROP CONSTRAINT "fk_set_password_link_user"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "fk_api_token_owner"`);
    await queryRunner.query(`DROP INDEX "public"."uq_set_password_link_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_set_password_link_user_id"`);
    await queryRunner.query(`DROP TABLE "set_password_link"`);
    await queryRunner.query(`DROP INDEX "public"."ix_api_token_owner_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_token_hash"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
  }
}
