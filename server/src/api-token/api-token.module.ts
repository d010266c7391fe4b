import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';

@Module({
  imports: [UserModule],
  providers: [ApiTokenResolver, ApiTokenService],
  // The auth guard authenticates Bearer tokens through the service.
  exports: [ApiTokenService],
})
export class ApiTokenModule {}
