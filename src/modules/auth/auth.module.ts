import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { StaffUsersService } from './staff-users.service.js';

@Module({
  providers: [AuthService, StaffUsersService, AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, StaffUsersService],
})
export class AuthModule {}
