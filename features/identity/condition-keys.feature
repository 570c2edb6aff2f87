@identity
Feature: Condition keys of the request context and how conditions read them

  What a request carries in its context depends on who makes it. An IAM user's
  requests carry aws:username and aws:PrincipalType "User"; a role session's
  carry aws:PrincipalType "AssumedRole" and aws:userid "role-id:session-name",
  and no aws:username at all. IAM requests carry aws:RequestedRegion
  "us-east-1", IAM being global. Requests on IAM users and roles carry the
  target's tags as iam:ResourceTag/<key> (and aws:ResourceTag/<key>), attaching
  a policy carries iam:PolicyARN, setting a boundary iam:PermissionsBoundary.

  How conditions read them: condition key names are not case-sensitive;
  several operators in one Condition block must all hold; a ForAllValues
  condition on a key the request lacks holds, a ForAnyValue condition does
  not. GetUser and ListAccessKeys without a UserName act on the caller.

  Following the AWS IAM User Guide: "AWS global condition context keys"
  (aws:PrincipalType, aws:userid, aws:username, aws:RequestedRegion,
  aws:ResourceTag), "IAM and AWS STS condition context keys" (iam:PolicyARN,
  iam:PermissionsBoundary, iam:ResourceTag), "IAM JSON policy elements:
  Condition" and "Condition operators", "Multivalued context keys" (ForAllValues
  and ForAnyValue on an absent key), and the IAM API reference for GetUser
  and ListAccessKeys.

  Background:
    Given a user "Jill" with access keys
    And a role "Worker" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeWorker":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Worker}"}]
      }
      """

  Rule: Users and role sessions carry different keys in their requests (B)

    @id:identity.condition-on-the-principal-type @evidence:documented
    Scenario: An Allow for aws:PrincipalType "User" lets Jill list users and not her session of a role with the same policy
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalType: "User" for an IAM user,
      "AssumedRole" for a role session); "IAM JSON policy elements: Condition".
      Given a managed policy "UsersMayList":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalType": "User"}}}]
        }
        """
      And the managed policy "UsersMayList" is attached to the user "Jill"
      And the managed policy "UsersMayList" is attached to the role "Worker"
      And "Jill" has assumed the role "Worker" with session name "jill"
      When "Worker/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.condition-on-the-userid-of-a-session @evidence:documented
    Scenario: An Allow for aws:userid "*:jill" lets Jill's session named jill list users and not her session named other
      Source: IAM User Guide, "AWS global condition context keys" (aws:userid: for a role session,
      "role-id:caller-specified-role-name"); "IAM JSON policy elements: Condition operators" (StringLike).
      Given the role "Worker" has an inline policy "JillsSessionMayList":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"StringLike": {"aws:userid": "*:jill"}}}]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "other"
      And "Jill" has assumed the role "Worker" with session name "jill"
      When "Worker/other" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.username-is-absent-in-role-sessions @evidence:documented
    Scenario: An Allow that needs aws:username lets Jill list users and not her session of a role with the same policy
      Source: IAM User Guide, "AWS global condition context keys" (aws:username: "always included in the
      request context for IAM users"; requests made with IAM roles do not include it); "IAM JSON policy
      elements: Condition" (a condition on an absent key does not hold).
      Given a managed policy "NamedMayList":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"StringLike": {"aws:username": "*"}}}]
        }
        """
      And the managed policy "NamedMayList" is attached to the user "Jill"
      And the managed policy "NamedMayList" is attached to the role "Worker"
      And "Jill" has assumed the role "Worker" with session name "jill"
      When "Worker/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.condition-on-the-requested-region-of-iam @evidence:documented
    Scenario: IAM requests are made in us-east-1: an Allow for eu-west-1 does not apply, one for us-east-1 does
      Source: IAM User Guide, "AWS global condition context keys" (aws:RequestedRegion: requests to global
      services such as IAM are made in us-east-1).
      Given the user "Jill" has an inline policy "ListingInIreland":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListingInVirginia":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"StringEquals": {"aws:RequestedRegion": "us-east-1"}}}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

  Rule: Every request carries aws:SecureTransport, true exactly when it travelled over TLS (B)

    @id:identity.secure-transport-says-how-the-request-travelled @evidence:documented
    Scenario: Jill may list users where aws:SecureTransport matches how her request travelled, and may not list roles where it must be the other
      Source: IAM User Guide, "AWS global condition context keys" (aws:SecureTransport: whether the request
      was sent using TLS; "This key is always included in the request context") and "Condition operators"
      (Bool). The suite reaches AWS over HTTPS and an emulator as its endpoint says: ${secure-transport} is
      "true" over HTTPS and "false" over plain HTTP, ${secure-transport:opposite} the other.
      Given the user "Jill" has an inline policy "ByTransport":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*",
             "Condition": {"Bool": {"aws:SecureTransport": "${secure-transport}"}}},
            {"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*",
             "Condition": {"Bool": {"aws:SecureTransport": "${secure-transport:opposite}"}}}
          ]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

    @id:identity.secure-transport-is-always-present @evidence:documented
    Scenario: A policy allowing ListUsers where aws:SecureTransport is present lets Jill list users; one allowing ListRoles where it is absent does not
      Source: IAM User Guide, "AWS global condition context keys" (aws:SecureTransport: "This key is always
      included in the request context") and "Condition operators" (Null: "true" when the key is absent,
      "false" when it is present).
      Given the user "Jill" has an inline policy "ByPresence":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*",
             "Condition": {"Null": {"aws:SecureTransport": "false"}}},
            {"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*",
             "Condition": {"Null": {"aws:SecureTransport": "true"}}}
          ]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListRoles"
      Then the call is denied

  Rule: Conditions read keys without regard to the case of their names, and all operators of a block must hold (B)

    @id:identity.condition-key-names-are-case-insensitive @evidence:documented
    Scenario: A condition on "AWS:PRINCIPALTYPE" reads aws:PrincipalType
      Source: IAM User Guide, "IAM JSON policy elements: Condition" ("Condition key names are not
      case-sensitive"); "AWS global condition context keys" (aws:PrincipalType).
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "UsersMayList":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"StringEquals": {"AWS:PRINCIPALTYPE": "User"}}}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.condition-operators-must-all-hold @evidence:documented
    Scenario: With StringEquals on aws:PrincipalType and StringLike on aws:PrincipalArn in one block, Jill may list users and Bob may not
      Source: IAM User Guide, "IAM JSON policy elements: Condition" ("Evaluation logic for conditions with
      multiple context keys or values": several operators in a block are joined by a logical AND).
      Given a user "Bob" with access keys
      And a managed policy "OnlyJillMayList":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:ListUsers",
            "Resource": "*",
            "Condition": {
              "StringEquals": {"aws:PrincipalType": "User"},
              "StringLike": {"aws:PrincipalArn": "arn:aws:iam::${account}:user/*Jill-*"}
            }
          }]
        }
        """
      And the managed policy "OnlyJillMayList" is attached to the user "Jill"
      And the managed policy "OnlyJillMayList" is attached to the user "Bob"
      When "Bob" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

  Rule: On a key the request lacks, ForAllValues holds and ForAnyValue does not (B)

    @id:identity.for-all-values-on-an-absent-key-holds @evidence:documented
    Scenario: ForAllValues on aws:TagKeys holds for ListUsers, which carries no tag keys
      Source: IAM User Guide, "Multivalued context keys" (ForAllValues "returns true if ... the key is not
      present in the request"; use it with care on Allow statements); "AWS global condition context keys"
      (aws:TagKeys is present only in requests that pass tags).
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListingWithTeamTagsOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.for-any-value-on-an-absent-key-does-not-hold @evidence:documented
    Scenario: ForAnyValue on aws:TagKeys does not hold for ListUsers, which carries no tag keys
      Source: IAM User Guide, "Multivalued context keys" (ForAnyValue returns false when the key is not present
      in the request); "IAM JSON policy elements: Condition operators".
      Given the user "Jill" has an inline policy "ListingWithSomeTeamTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*", "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": ["team"]}}},
            {"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListRoles"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied

  Rule: Requests on IAM entities carry the entity's tags and the policy they attach or set as boundary (B, F)

    @id:identity.condition-on-the-tags-of-the-user-read @evidence:documented
    Scenario: An Allow of iam:GetUser on users tagged team=red lets Jill read Carl and not Bob
      Source: IAM User Guide, "IAM and AWS STS condition context keys" (iam:ResourceTag/${TagKey}: the tag
      attached to the identity resource, user or role, that the request acts on); "Controlling access to and
      for IAM users and roles using tags".
      Given a user "Bob"
      And the user "Bob" has the tag "team" with value "blue"
      And a user "Carl"
      And the user "Carl" has the tag "team" with value "red"
      And the user "Jill" has an inline policy "ReadRedUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*", "Condition": {"StringEquals": {"iam:ResourceTag/team": "red"}}}]
        }
        """
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Bob} |
      Then the call is denied
      When "Jill" calls "iam:GetUser" with:
        | UserName | ${name:Carl} |
      Then the call is allowed

    @id:identity.condition-on-the-tags-of-the-role-read @evidence:documented
    Scenario: An Allow of iam:GetRole on roles with aws:ResourceTag team=red lets Jill read Red and not Blue
      Source: IAM User Guide, "AWS global condition context keys" (aws:ResourceTag/${TagKey}); "Controlling
      access to and for IAM users and roles using tags" (aws:ResourceTag on IAM roles).
      Given a role "Blue" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the role "Blue" has the tag "team" with value "blue"
      And a role "Red" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the role "Red" has the tag "team" with value "red"
      And the user "Jill" has an inline policy "ReadRedRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceTag/team": "red"}}}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Blue} |
      Then the call is denied
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Red} |
      Then the call is allowed

    @id:identity.condition-on-the-policy-attached @evidence:documented
    Scenario: Jill may attach to Bob only the policy iam:PolicyARN names
      Source: IAM User Guide, "IAM and AWS STS condition context keys" (iam:PolicyARN: the ARN of a managed
      policy in requests that attach or detach it); "IAM JSON policy elements: Condition operators" (ArnEquals).
      Given a user "Bob"
      And a managed policy "Reading":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      And a managed policy "Listing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And the user "Jill" has an inline policy "MayGiveBobReading":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:AttachUserPolicy", "Resource": "${user:Bob}", "Condition": {"ArnEquals": {"iam:PolicyARN": "${policy:Reading}"}}}]
        }
        """
      When "Jill" calls "iam:AttachUserPolicy" with:
        | UserName  | ${name:Bob}       |
        | PolicyArn | ${policy:Listing} |
      Then the call is denied
      When "Jill" calls "iam:AttachUserPolicy" with:
        | UserName  | ${name:Bob}       |
        | PolicyArn | ${policy:Reading} |
      Then the call is allowed

    @id:identity.condition-on-the-boundary-set @evidence:documented
    Scenario: Jill may set on Bob only the permissions boundary iam:PermissionsBoundary names
      Source: IAM User Guide, "IAM and AWS STS condition context keys" (iam:PermissionsBoundary: the boundary
      named in the request); "Permissions boundaries for IAM entities" ("Delegating responsibility to others
      using permissions boundaries").
      Given a user "Bob"
      And a managed policy "Fence":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      And a managed policy "Wide":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
        }
        """
      And the user "Jill" has an inline policy "MayFenceBob":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:PutUserPermissionsBoundary", "Resource": "${user:Bob}", "Condition": {"StringEquals": {"iam:PermissionsBoundary": "${policy:Fence}"}}}]
        }
        """
      When "Jill" calls "iam:PutUserPermissionsBoundary" with:
        | UserName            | ${name:Bob}    |
        | PermissionsBoundary | ${policy:Wide} |
      Then the call is denied
      When "Jill" calls "iam:PutUserPermissionsBoundary" with:
        | UserName            | ${name:Bob}     |
        | PermissionsBoundary | ${policy:Fence} |
      Then the call is allowed

  Rule: GetUser and ListAccessKeys without a UserName act on the caller (A)

    @id:identity.get-user-without-a-name-reads-the-caller @evidence:documented
    Scenario: Jill's GetUser without a UserName answers with Jill, once a policy lets her read herself
      Source: IAM API reference, "GetUser" ("If you do not specify a user name, IAM determines the user name
      implicitly based on the AWS access key ID used to sign the request").
      When "Jill" calls "iam:GetUser"
      Then the call is denied
      Given the user "Jill" has an inline policy "ReadSelf":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "${user:Jill}"}]
        }
        """
      When "Jill" calls "iam:GetUser"
      Then the call is allowed
      And the response field "UserName" is "${name:Jill}"

    @id:identity.list-access-keys-without-a-name-lists-the-callers @evidence:documented
    Scenario: Jill's ListAccessKeys without a UserName lists her one key, once a policy lets her
      Source: IAM API reference, "ListAccessKeys" (without UserName, "IAM determines the user name implicitly
      based on the AWS access key ID used to sign the request").
      When "Jill" calls "iam:ListAccessKeys"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListOwnKeys":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListAccessKeys", "Resource": "${user:Jill}"}]
        }
        """
      When "Jill" calls "iam:ListAccessKeys"
      Then the call is allowed
      And the response field "Count" is "1"
