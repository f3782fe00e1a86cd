import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { encodeCursor, type CursorValues } from './cursor.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page stands in the whole list (Relay).' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Always false: lists are paged forward with `first` and `after`.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after`.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection type for `T`, named `<name>Connection` with `<name>Edge`. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, each with its cursor.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Where this page stands, and the cursor for the next.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/**
 * Builds a page from rows fetched with `limit + 1` (the extra row says whether a next page exists).
 */
export function toConnection<R, T>(
  rows: readonly R[],
  limit: number,
  totalCount: number,
  key: (row: R) => CursorValues,
  map: (row: R) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => new Edge(row, key, map(row)));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: false,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** An edge whose cursor is encoded when a query asks for it (most lists never do). */
class Edge<R, T> {
  constructor(
    private readonly row: R,
    private readonly key: (row: R) => CursorValues,
    readonly node: T,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key(this.row));
  }
}

export const pageSize = (args: PageArgs): number => args.first ?? DEFAULT_PAGE_SIZE;
