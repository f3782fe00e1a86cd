import { Global, Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service.js';

/** Global: features publish changes in their transactions; subscriptions listen. */
@Global()
@Module({ providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
