import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SignInThrottleGuard } from './sign-in-throttle.guard.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { StaffUsersService } from './staff-users.service.js';

@Module({
  providers: [
    AuthService,
    StaffUsersService,
    SignInThrottleService,
    SignInThrottleGuard,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, StaffUsersService, SignInThrottleService, SignInThrottleGuard],
})
export class AuthModule {}
