import { Module } from '@nestjs/common';
import { ShareLinkResolver } from './share-link.resolver';
import { ShareLinkService } from './share-link.service';

@Module({
  providers: [ShareLinkResolver, ShareLinkService],
  // The auth guard resolves X-Share-Link through the service.
  exports: [ShareLinkService],
})
export class ShareLinkModule {}
