import { MigrationInterface, QueryRunner } from 'typeorm';

export class Users1796189950000 implements MigrationInterface {
  name = 'Users1796189950000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('VIEWER', 'EDITOR', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "role" "public"."role" NOT NULL, "password_hash" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_users_email" UNIQUE ("email"), CONSTRAINT "ck_users_email_lower" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
  }
}
