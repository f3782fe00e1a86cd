import { graphql } from '../../gql/index.js';

export const AdminStaffFields = graphql(`
  fragment AdminStaffUser on StaffUser {
    id
    email
    displayName
    role
    disabledAt
    version
  }
`);

export const StaffUsersDocument = graphql(`
  query AdminStaffUsers {
    staffUsers {
      ...AdminStaffUser
    }
  }
`);

export const CreateStaffUserDocument = graphql(`
  mutation AdminCreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      ...AdminStaffUser
    }
  }
`);

export const DisableStaffUserDocument = graphql(`
  mutation AdminDisableStaffUser($id: ID!) {
    disableStaffUser(id: $id) {
      ...AdminStaffUser
    }
  }
`);

export const EnableStaffUserDocument = graphql(`
  mutation AdminEnableStaffUser($id: ID!) {
    enableStaffUser(id: $id) {
      ...AdminStaffUser
    }
  }
`);

export const SetStaffUserRoleDocument = graphql(`
  mutation AdminSetStaffUserRole($input: SetStaffUserRoleInput!) {
    setStaffUserRole(input: $input) {
      ...AdminStaffUser
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AdminAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          seq
          occurredAt
          actorKind
          actorId
          operation
          entityType
          entityId
          before
          after
          requestId
          hash
        }
      }
    }
  }
`);

export const AuditDigestDocument = graphql(`
  query AdminAuditDigest($first: Int, $after: String) {
    auditDigest {
      count
      headSeq
      headHash
    }
    auditDigestHistory(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          count
          headHash
          publishedAt
        }
      }
    }
  }
`);

export const VerifyAuditChainDocument = graphql(`
  query AdminVerifyAuditChain {
    verifyAuditChain {
      intact
      count
      headHash
      failure
      failedAtSeq
      publishedDigests
      verifiedAt
    }
  }
`);
