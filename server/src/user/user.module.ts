import { Module } from '@nestjs/common';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  providers: [UserResolver, UserService],
  // The service is the only way into the users table for other features (sessions, tokens, first run).
  exports: [UserService],
})
export class UserModule {}
