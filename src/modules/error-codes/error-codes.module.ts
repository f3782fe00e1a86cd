import { Module } from '@nestjs/common';
import { ErrorCodesResolver } from './error-codes.resolver.js';

/** The error codes as part of the schema: the ErrorCode enum and a query listing them. */
@Module({ providers: [ErrorCodesResolver] })
export class ErrorCodesModule {}
