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

    @id:validation.role-name-too-long
    Scenario: A role name of more than 64 characters is refused, a short one is accepted
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Long}-0123456789-0123456789-0123456789-0123456789-0123456789 |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust}                                                     |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Short}   |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
      Then the call succeeds

    @id:validation.user-name-too-long
    Scenario: A user name of more than 64 characters is refused, a short one is accepted
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Long}-0123456789-0123456789-0123456789-0123456789-0123456789 |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Short} |
      Then the call succeeds

  Rule: (G3) Names are made of letters, digits and + = , . @ _ -

    @id:validation.role-name-invalid-character
    Scenario: A role name containing "!" is refused
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Loud}!   |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Quiet}   |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
      Then the call succeeds

    @id:validation.managed-policy-name-invalid-character
    Scenario: A managed policy name containing "!" is refused
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

    @id:validation.inline-policy-name-invalid-character
    Scenario: An inline role policy named with a "/" is refused
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

    @id:validation.role-name-taken
    Scenario: Creating a second role with the same name is refused
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

    @id:validation.role-name-taken-in-other-case
    Scenario: A role "READER" cannot be created next to a role "Reader", a role "Writer" can
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

    @id:validation.role-name-taken-in-other-case-message @strict
    Scenario: The refusal of a role name taken in another case says the role already exists
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

    @id:validation.user-name-taken-in-other-case
    Scenario: A user "JILL" cannot be created next to a user "Jill", a user "Jack" can
      Given a user "Jill"
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:JILL} |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409
      When "admin" calls "iam:CreateUser" with:
        | UserName | ${name:Jack} |
      Then the call succeeds

    @id:validation.group-name-taken-in-other-case
    Scenario: A group "ADMINS" cannot be created next to a group "admins", a group "Devs" can
      Given a group "admins"
      When "admin" calls "iam:CreateGroup" with:
        | GroupName | ${name:ADMINS} |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409
      When "admin" calls "iam:CreateGroup" with:
        | GroupName | ${name:Devs} |
      Then the call succeeds

  Rule: (G3) A path begins and ends with "/"

    @id:validation.role-path-must-begin-and-end-with-slash
    Scenario Outline: A role under the path "<path>" is refused, one under a well-formed path is accepted
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
