@trust @validation
Feature: What a trust policy document may contain

  A trust policy is a resource-based policy attached to a role, and IAM checks
  it whenever it is saved: when the role is created (CreateRole) and when the
  trust policy is replaced (UpdateAssumeRolePolicy). A document that breaks
  the rules is refused with MalformedPolicyDocument, HTTP 400, and nothing is
  saved:

  - it must be valid JSON;
  - its actions must be STS role-assumption actions (sts:AssumeRole and its
    relatives such as sts:TagSession), not the actions of other services;
  - it must not have a Resource element: the resource is the role itself;
  - every statement must have a principal;
  - an ARN it names as a principal must exist.

  In each example the administrator first saves a valid trust policy, so a
  target that refuses every document cannot pass. The documents that are not
  valid JSON are written on one line without spaces, because the suite sends
  policies compactly and cannot compact a document that is not JSON. The exact texts of the error
  messages are not in the AWS documentation; they were recorded from AWS and
  are asserted only by the @strict scenarios.

  Following the AWS IAM User Guide: "Roles terms and concepts" (trust policy),
  "AWS JSON policy elements: Principal", "IAM JSON policy element reference",
  "Troubleshooting IAM roles", and the IAM API reference for CreateRole and
  UpdateAssumeRolePolicy (error MalformedPolicyDocument).

  Rule: A trust policy document that is not valid JSON is refused with MalformedPolicyDocument, HTTP 400 (C8)

    @id:trust.create-role-invalid-json @evidence:recorded
    Scenario: The administrator cannot create a role whose trust policy is not valid JSON
      Source: LocalStack tests/aws/services/iam/test_iam.snapshot.json
      (test_create_role_with_malformed_assume_role_policy_document: MalformedPolicyDocument, HTTP 400).
      Given a user "Jill"
      When the admin creates a role "Valid" whose trust policy is:
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"${user:Jill}"}}]}
        """
      Then the call succeeds
      # The same document with the closing brace of the statement missing:
      When the admin creates a role "Broken" whose trust policy is:
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"${user:Jill}"}]}
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:trust.update-trust-invalid-json @evidence:recorded
    Scenario: The administrator cannot change a trust policy to one that is not valid JSON, and the old one stays
      Source: LocalStack tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_update_assume_role_policy_errors, "invalid-json-error": MalformedPolicyDocument, HTTP 400); IAM
      API reference, "UpdateAssumeRolePolicy".
      Given a user "Jill"
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      When the admin changes the trust policy of the role "Target" to:
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"${user:Jill}"}}]}
        """
      Then the call succeeds
      When the admin changes the trust policy of the role "Target" to:
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"${user:Jill}"}]}
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Target} |
      Then the response field "AssumeRolePolicyDocument" matches ".*${user:Jill}.*"

    @id:trust.invalid-json-message @strict @evidence:recorded
    Scenario: Creating a role whose trust policy is not valid JSON is refused with a message that says so
      Source: LocalStack tests/aws/services/iam/test_iam.snapshot.json
      (test_create_role_with_malformed_assume_role_policy_document: "This policy contains invalid Json").
      Given a user "Jill"
      When the admin creates a role "Broken" whose trust policy is:
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"AWS":"${user:Jill}"}]}
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message contains "This policy contains invalid Json"

  Rule: CreateRole refuses a trust policy document that is malformed with MalformedPolicyDocument, HTTP 400 (C8)

    @id:trust.create-role-malformed-trust @evidence:recorded
    Scenario Outline: The administrator cannot create a role whose trust policy <problem>
      Source: LocalStack tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_update_assume_role_policy_errors: non-STS action, Resource element); AWS answers to CreateRole
      quoted in hashicorp/terraform-provider-aws issue #7756 (statement with no principals) and
      aws-samples/aws-iam-access-key-auto-rotation issue #26 (principal that does not exist), all
      MalformedPolicyDocument, HTTP 400.
      The first two rows were recorded on UpdateAssumeRolePolicy, the last two on CreateRole.
      Given a user "Jill"
      When the admin creates a role "Valid" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      Then the call succeeds
      When the admin creates a role "Broken" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [<statement>]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

      Examples:
        | problem                                   | statement                                                                                                          |
        | allows an action that is not an STS action | {"Effect": "Allow", "Action": "iam:ListUsers", "Principal": {"AWS": "${user:Jill}"}}                              |
        | has a Resource element                    | {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}, "Resource": "*"}             |
        | has a statement without a principal       | {"Effect": "Allow", "Action": "sts:AssumeRole"}                                                                    |
        | names a user that does not exist          | {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:user/${name:Nobody}"}} |

  Rule: UpdateAssumeRolePolicy refuses a malformed trust policy document with MalformedPolicyDocument, HTTP 400, and keeps the old one (C8)

    @id:trust.update-trust-malformed @evidence:recorded
    Scenario Outline: The administrator cannot change a trust policy to one that <problem>
      Source: LocalStack tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_update_assume_role_policy_errors: non-STS action, Resource element);
      hashicorp/terraform-provider-aws issue #7756 (statement with no principals); databrickslabs/ucx
      issue #2269 (UpdateAssumeRolePolicy, principal that does not exist); all MalformedPolicyDocument,
      HTTP 400.
      The row without a principal was recorded on CreateRole; the other three on UpdateAssumeRolePolicy.
      Given a user "Jill"
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      When the admin changes the trust policy of the role "Target" to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      Then the call succeeds
      When the admin changes the trust policy of the role "Target" to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [<statement>]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Target} |
      Then the response field "AssumeRolePolicyDocument" matches ".*${user:Jill}.*"

      Examples:
        | problem                                   | statement                                                                                                          |
        | allows an action that is not an STS action | {"Effect": "Allow", "Action": "iam:ListUsers", "Principal": {"AWS": "${user:Jill}"}}                              |
        | has a Resource element                    | {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}, "Resource": "*"}             |
        | has a statement without a principal       | {"Effect": "Allow", "Action": "sts:AssumeRole"}                                                                    |
        | names a user that does not exist          | {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:user/${name:Nobody}"}} |

  Rule: The MalformedPolicyDocument message says what is wrong with the trust policy (C8)

    @id:trust.malformed-trust-message @strict @evidence:recorded
    Scenario Outline: Creating a role whose trust policy <problem> is refused with a message that says so
      Source: LocalStack tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_update_assume_role_policy_errors: "AssumeRole policy may only specify STS AssumeRole actions.",
      "Has prohibited field Resource"); hashicorp/terraform-provider-aws issue #7756 ("The passed in policy
      has a statement with no principals!"); aws-samples/aws-iam-access-key-auto-rotation issue #26 ("Invalid
      principal in policy").
      The first two messages were recorded on UpdateAssumeRolePolicy, the last two on CreateRole.
      Given a user "Jill"
      When the admin creates a role "Broken" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [<statement>]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message contains "<message>"

      Examples:
        | problem                                   | statement                                                                                                          | message                                                   |
        | allows an action that is not an STS action | {"Effect": "Allow", "Action": "iam:ListUsers", "Principal": {"AWS": "${user:Jill}"}}                              | AssumeRole policy may only specify STS AssumeRole actions. |
        | has a Resource element                    | {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}, "Resource": "*"}             | Has prohibited field Resource                             |
        | has a statement without a principal       | {"Effect": "Allow", "Action": "sts:AssumeRole"}                                                                    | The passed in policy has a statement with no principals!  |
        | names a user that does not exist          | {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:user/${name:Nobody}"}} | Invalid principal in policy                             |
