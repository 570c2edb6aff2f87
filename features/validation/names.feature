@validation
Feature: Names and paths of IAM entities

  Roles and users have names of at most 64 characters made of letters,
  digits and + = , . @ _ -. Names of users, groups and roles are unique in the
  account without regard to case: "Reader" and "READER" cannot both exist.
  Every entity lives under a path that begins and ends with "/". A request
  that breaks a length or character rule of the API is refused with
  ValidationError (HTTP 400); a name already taken is refused with
  EntityAlreadyExists (HTTP 409).

  In each example a well-formed request is shown to succeed as well, so a
  target that refuses everything cannot pass.

  Following the AWS IAM User Guide: "IAM and AWS STS quotas" ("IAM name
  requirements": "Names of users, groups, roles, and instance profiles must
  be unique within the account. They aren't distinguished by case"; "Path
  names must begin and end with a forward slash"; "IAM and STS character
  quotas": role name and user name 64 characters), and the IAM API Reference:
  "CreateRole" and "CreateUser" (RoleName / UserName: length 1 to 64, pattern
  [\w+=,.@-]+; Path: pattern (\u002F)|(\u002F[\u0021-\u007E]+\u002F); error
  EntityAlreadyExists, HTTP 409), "PutRolePolicy" (PolicyName pattern
  [\w+=,.@-]+), "CreatePolicy", and "Common Errors" (ValidationError, HTTP 400:
  the input fails to satisfy the constraints specified by an AWS service).

  Background:
    Given a policy document "Ec2Trust":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
      }
      """

  Rule: (G3) A role or user name has at most 64 characters

    @id:validation.role-name-too-long @evidence:recorded
    Scenario: A role name of more than 64 characters is refused, a short one is accepted
      Source: IAM answer ValidationError, "Member must have length less than or equal to 64" for roleName,
      quoted in NixOS/nixops issue #328 and legion-platform/legion issue #530 (400 Bad Request);
      IAM API reference, "CreateRole" (RoleName length 1 to 64).
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Long}-0123456789-0123456789-0123456789-0123456789-0123456789 |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust}                                                     |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Short}   |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
      Then the call succeeds

    @id:validation.user-name-too-long @evidence:recorded
    Scenario: A user name of more than 64 characters is refused, a short one is accepted
      Source: IAM answer ValidationError for a userName over 64 characters, quoted in
      bosonprotocol/reference-backend pull request #113; IAM API reference, "CreateUser" (UserName 1 to 64);
      AWS API reference, "Common Errors" (ValidationError, HTTP 400).
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Long}-0123456789-0123456789-0123456789-0123456789-0123456789 |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Short} |
      Then the call succeeds

  Rule: (G3) Names are made of letters, digits and + = , . @ _ -

    @id:validation.role-name-invalid-character @evidence:recorded
    Scenario: A role name containing "!" is refused
      Source: IAM answer "The specified value for roleName is invalid" (Status Code 400, Error Code
      ValidationError), quoted in kubecost/docs pull request #36; IAM API reference, "CreateRole" (RoleName
      pattern [\w+=,.@-]+).
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Loud}!   |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Quiet}   |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
      Then the call succeeds

    @id:validation.managed-policy-name-invalid-character @evidence:inferred
    Scenario: A managed policy name containing "!" is refused
      Source: inferred from IAM API reference, "CreatePolicy" (PolicyName pattern [\w+=,.@-]+) and AWS API
      reference, "Common Errors" (ValidationError, HTTP 400); AWS answers the same pattern check on role and
      inline policy names with ValidationError (kubecost/docs pull request #36, cfn-lint issue #996).
      Given a policy document "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:CreatePolicy" with:
        | PolicyName     | ${name:Loud}!    |
        | PolicyDocument | ${doc:ListUsers} |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreatePolicy" with:
        | PolicyName     | ${name:Quiet}    |
        | PolicyDocument | ${doc:ListUsers} |
      Then the call succeeds

    @id:validation.inline-policy-name-invalid-character @evidence:recorded
    Scenario: An inline role policy named with a "/" is refused
      Source: IAM answer "The specified value for policyName is invalid" (Status Code 400, Error Code
      ValidationError) for an inline role policy, quoted in aws-cloudformation/cfn-lint issue #996;
      IAM API reference, "PutRolePolicy" (PolicyName pattern [\w+=,.@-]+).
      Given a role "Holder" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When the admin puts the inline policy "read/only" on the role "Holder":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "ValidationError" and HTTP status 400
      When the admin puts the inline policy "read-only" on the role "Holder":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call succeeds

  Rule: (G3) Names of roles, users and groups are unique in the account, whatever their case

    @id:validation.role-name-taken @evidence:recorded
    Scenario: Creating a second role with the same name is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_errors, create-role-already-exists-error: EntityAlreadyExists, HTTP 409).
      Given a role "Reader" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Reader}  |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409

    @id:validation.role-name-taken-in-other-case @evidence:documented
    Scenario: A role "READER" cannot be created next to a role "Reader", a role "Writer" can
      Source: IAM User Guide, "IAM and AWS STS quotas" ("IAM name requirements": names of roles are unique
      and not distinguished by case); IAM API reference, "CreateRole" (EntityAlreadyExists, HTTP 409).
      Given a role "Reader" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When the admin creates a role "READER" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      Then the call fails with "EntityAlreadyExists" and HTTP status 409
      When the admin creates a role "Writer" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      Then the call succeeds

    @id:validation.role-name-taken-in-other-case-message @strict @evidence:inferred
    Scenario: The refusal of a role name taken in another case says the role already exists
      Source: inferred from IAM User Guide, "IAM and AWS STS quotas" (names not distinguished by case) and the
      answer recorded for a same-case duplicate, "Role with name <name> already exists." (localstack/localstack,
      tests/aws/services/iam/test_iam_roles.snapshot.json, test_role_errors).
      Given a role "Reader" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When the admin creates a role "READER" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      Then the call fails with "EntityAlreadyExists" and HTTP status 409
      And the error message contains "already exists."

    @id:validation.user-name-taken-in-other-case @evidence:documented
    Scenario: A user "JILL" cannot be created next to a user "Jill", a user "Jack" can
      Source: IAM User Guide, "IAM and AWS STS quotas" ("IAM name requirements": user names are not
      distinguished by case); IAM API reference, "CreateUser" (EntityAlreadyExists, HTTP 409).
      Given a user "Jill"
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:JILL} |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Jack} |
      Then the call succeeds

    @id:validation.group-name-taken-in-other-case @evidence:documented
    Scenario: A group "ADMINS" cannot be created next to a group "admins", a group "Devs" can
      Source: IAM User Guide, "IAM and AWS STS quotas" ("IAM name requirements": group names are not
      distinguished by case); IAM API reference, "CreateGroup" (EntityAlreadyExists, HTTP 409).
      Given a group "admins"
      When "admin" calls "iam:CreateGroup" with:
        | GroupName | ${name:ADMINS} |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409
      When "admin" calls "iam:CreateGroup" with:
        | GroupName | ${name:Devs} |
      Then the call succeeds

  Rule: (G3) A path begins and ends with "/"

    @id:validation.role-path-must-begin-and-end-with-slash @evidence:inferred
    Scenario Outline: A role under the path "<path>" is refused, one under a well-formed path is accepted
      Source: inferred from IAM API reference, "CreateRole" (Path pattern) and AWS API reference, "Common
      Errors" (ValidationError, HTTP 400); AWS answers the same path rule with ValidationError, HTTP 400, for
      MFA devices (localstack/localstack, tests/aws/services/iam/test_iam_mfa.snapshot.json), and with the
      same text for roles (serverless/serverless pull request #3802, code not shown).
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Misplaced} |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust}   |
        | Path                     | <path>            |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Placed}   |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust}  |
        | Path                     | /${name:Placed}/ |
      Then the call succeeds

      Examples:
        | path               |
        | no-slashes         |
        | /no-trailing-slash |
        | no-leading-slash/  |

  Rule: (G3) A group, managed policy or instance profile name has at most 128 characters

    @id:validation.group-name-too-long @evidence:documented
    Scenario: A group name of more than 128 characters is refused, a short one is accepted
      Source: IAM API reference, "CreateGroup" (GroupName length 1 to 128; ValidationError, HTTP 400, in
      "Common Errors"); IAM User Guide, "IAM and AWS STS quotas" (group name: 128 characters).
      When "admin" calls "iam:CreateGroup" with:
        | GroupName | ${name:Long}-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789 |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateGroup" with:
        | GroupName | ${name:Short} |
      Then the call succeeds

    @id:validation.managed-policy-name-too-long @evidence:documented
    Scenario: A managed policy name of more than 128 characters is refused, a short one is accepted
      Source: IAM API reference, "CreatePolicy" (PolicyName length 1 to 128; ValidationError, HTTP 400, in
      "Common Errors"); IAM User Guide, "IAM and AWS STS quotas" (policy name: 128 characters).
      When "admin" calls "iam:CreatePolicy" with:
        | PolicyName     | ${name:Long}-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789 |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]} |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreatePolicy" with:
        | PolicyName     | ${name:Short} |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]} |
      Then the call succeeds

    @id:validation.instance-profile-name-too-long @evidence:documented
    Scenario: An instance profile name of more than 128 characters is refused, a short one is accepted
      Source: IAM API reference, "CreateInstanceProfile" (InstanceProfileName length 1 to 128; ValidationError,
      HTTP 400, in "Common Errors"); IAM User Guide, "IAM and AWS STS quotas" (instance profile name: 128
      characters).
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:Long}-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789 |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:Short} |
      Then the call succeeds

  Rule: (G3) A path has at most 512 characters

    @id:validation.path-too-long @evidence:documented
    Scenario: A user path of more than 512 characters is refused, a short one is accepted
      Source: IAM API reference, "CreateUser" (Path length 1 to 512; ValidationError, HTTP 400, in "Common
      Errors"); IAM User Guide, "IAM and AWS STS quotas" (path: 512 characters).
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Deep}                                 |
        | Path     | /abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/ |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Deep}          |
        | Path     | /iam-conformance/deep/ |
      Then the call succeeds

  Rule: (G3) Managed policy names are unique in the account

    @id:validation.managed-policy-name-taken @evidence:documented
    Scenario: A second managed policy with the name of an existing one is refused with EntityAlreadyExists
      Source: IAM API reference, "CreatePolicy" (EntityAlreadyExists, HTTP 409: the request was rejected
      because it attempted to create a resource that already exists).
      When "admin" calls "iam:CreatePolicy" with:
        | PolicyName     | ${name:Listing} |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]} |
      Then the call succeeds
      When "admin" calls "iam:CreatePolicy" with:
        | PolicyName     | ${name:Listing} |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]} |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409

  Rule: Inline policy names have at most 128 characters, and managed policy and instance profile names are unique whatever their case (G3)

    @id:validation.inline-policy-name-too-long @evidence:documented
    Scenario: An inline user policy named with more than 128 characters is refused, one named with 128 is not
      Source: IAM API reference, "PutUserPolicy" (PolicyName: length 1 to 128) and "Common Errors"
      (ValidationError, HTTP 400).
      Given a user "Holder"
      When "admin" calls "iam:PutUserPolicy" with:
        | UserName       | ${name:Holder}                                                                                                                    |
        | PolicyName     | p123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-01234567 |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}                                |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:PutUserPolicy" with:
        | UserName       | ${name:Holder}                                                                                                                   |
        | PolicyName     | p123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456 |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}]}                               |
      Then the call succeeds

    @id:validation.managed-policy-name-taken-in-other-case @evidence:documented
    Scenario: A managed policy "LISTING" cannot be created next to a managed policy "Listing"
      Source: IAM API reference, "CreatePolicy" (PolicyName: "Policy names are not distinguished by case";
      EntityAlreadyExists, HTTP 409, in its Errors).
      Given a managed policy "Listing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When the admin creates a managed policy "LISTING":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}]
        }
        """
      Then the call fails with "EntityAlreadyExists" and HTTP status 409

    @id:validation.instance-profile-name-taken-in-other-case @evidence:documented
    Scenario: An instance profile "BOX" cannot be created next to an instance profile "Box"
      Source: IAM API reference, "CreateInstanceProfile" (InstanceProfileName: names "are not distinguished
      by case"; EntityAlreadyExists, HTTP 409, in its Errors).
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:Box} |
      Then the call succeeds
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:BOX} |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409
