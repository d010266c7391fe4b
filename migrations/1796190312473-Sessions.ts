import { MigrationInterface, QueryRunner } from 'typeorm';

export class Sessions1796190312473 implements MigrationInterface {
  name = 'Sessions1796190312473';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session" ("id" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_user" ON "session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_failure" ("id" BIGSERIAL NOT NULL, "email" character varying(320) NOT NULL, "address" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ad9835b7a6e51262f6fe5024de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failure_address" ON "sign_in_failure"  ("address", "at") `);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failure_email" ON "sign_in_failure"  ("email", "at") `);
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "fk_session_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "fk_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failure_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failure_address"`);
    await queryRunner.query(`DROP TABLE "sign_in_failure"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_user"`);
    await queryRunner.query(`DROP TABLE "session"`);
  }
}
