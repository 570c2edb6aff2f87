@session-policy
Feature: Session policies: narrowing a role session when assuming the role

  Whoever assumes a role may hand AssumeRole one inline policy (the Policy
  parameter) and up to 10 managed policies (PolicyArns) as "session policies".
  The session may then do only what both the role's own policies and the
  session policies allow: session policies narrow a session, they never widen
  it. An explicit Deny in a session policy wins over every Allow. Like every
  session, it may still ask "who am I?" (GetCallerIdentity), which needs no
  permission. A malformed session policy is refused, and the plain text of the
  session policies is limited to 2048 characters.

  In these examples the role "Worker" may list users and list roles. Its trust
  policy names Jill by her user ARN and Jill's own policy also allows her to
  assume it, so every reading of the documentation lets her in. Jill herself
  may do nothing else.

  Open points in the documentation: the AssumeRole reference says in prose that
  the plain text of the session policies "can't exceed 2,048 characters" and
  that "up to 10 managed policy ARNs" may be passed, but the STS service model
  (from botocore 1.31.61 on) bounds neither the length of Policy nor the number
  of PolicyArns, no page names the error code for breaking either limit, and no
  AWS answer to such a request is recorded. Those two examples therefore assert
  only that the request is refused with HTTP status 400.

  Following the AWS IAM User Guide: "Policies and permissions in IAM" (section
  "Session policies"), "Policy evaluation logic", "Permissions boundaries for
  IAM entities", "Passing session tags in AWS STS" (the plain-text and packed
  limits), "IAM and AWS STS quotas"; the AWS STS API reference: "AssumeRole"
  (Policy and PolicyArns: 2,048 characters of plain text, at most 10 managed
  policy ARNs; errors MalformedPolicyDocument and PackedPolicyTooLarge),
  "GetCallerIdentity" (no permission needed, even under an explicit deny) and
  "Common Errors".

  Background:
    Given a user "Jill" with access keys
    And a role "Worker" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": "sts:AssumeRole",
          "Principal": {"AWS": "${user:Jill}"}
        }]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeWorker":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Worker}"}]
      }
      """
    And the role "Worker" has an inline policy "ListUsersAndRoles":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
      }
      """

  Rule: A session's permissions are the intersection of the role's policies and the session policy (E1, E2)

    @id:session-policy.intersection-with-the-role @evidence:documented
    Scenario: A session whose policy allows only listing users cannot list roles, though the role can
      Source: IAM User Guide, "Policies and permissions in IAM" (session policies: the session's permissions
      are the intersection of the role's identity-based policies and the session policies); STS API reference,
      "AssumeRole" (Policy).
      Given "Jill" has assumed the role "Worker" with session name "limited" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "full"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      When "Worker/limited" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/limited" calls "iam:ListRoles"
      Then the call is denied
      When "Worker/full" calls "iam:ListRoles"
      Then the call is allowed

    @id:session-policy.resource-scoped-session-policy @evidence:documented
    Scenario: A role that may read every role, in a session allowed to read only the role "Worker", can read "Worker" and not "Other"
      Source: IAM User Guide, "Policies and permissions in IAM" (session policies) and "Policy evaluation
      logic" (an action on a resource no applicable session policy statement allows is implicitly denied).
      Given a role "Other" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"}
          }]
        }
        """
      And the role "Worker" has an inline policy "GetAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "scoped" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "${role:Worker}"}]
        }
        """
      When "Jill" calls "iam:GetRole" with:
        | RoleName | ${name:Worker} |
      Then the call is denied
      When "Worker/scoped" calls "iam:GetRole" with:
        | RoleName | ${name:Worker} |
      Then the call is allowed
      When "Worker/scoped" calls "iam:GetRole" with:
        | RoleName | ${name:Other} |
      Then the call is denied

  Rule: A session policy cannot grant anything the role's own policies do not (E1)

    @id:session-policy.cannot-grant-beyond-the-role @evidence:documented
    Scenario: A session policy allowing every IAM action still leaves the session unable to list policies, which the role may not do
      Source: STS API reference, "AssumeRole" (Policy: "You cannot use session policies to grant more
      permissions than those allowed by the identity-based policy of the role that is being assumed"); IAM
      User Guide, "Policies and permissions in IAM" (session policies).
      Given "Jill" has assumed the role "Worker" with session name "wide" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/wide" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/wide" calls "iam:ListPolicies"
      Then the call is denied

  Rule: An explicit Deny in a session policy overrides the role's Allow (E2)

    @id:session-policy.explicit-deny-wins @evidence:documented
    Scenario: A session policy that allows everything but denies listing roles blocks that one action
      Source: IAM User Guide, "Policy evaluation logic" (an explicit deny in any policy overrides every allow)
      and "Policies and permissions in IAM" (session policies).
      Given "Jill" has assumed the role "Worker" with session name "denied" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "full"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/denied" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/denied" calls "iam:ListRoles"
      Then the call is denied
      When "Worker/full" calls "iam:ListRoles"
      Then the call is allowed

  Rule: GetCallerIdentity needs no permission, so it still works in a session whose policy denies everything (E3, A5)

    @id:session-policy.get-caller-identity-despite-deny @evidence:documented
    Scenario: A session whose policy denies every action cannot list users, but can still ask who it is
      Source: STS API reference, "GetCallerIdentity" ("No permissions are required to perform this operation";
      an explicit deny of sts:GetCallerIdentity does not stop it); IAM User Guide, "Policy evaluation logic".
      Given "Jill" has assumed the role "Worker" with session name "locked" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]
        }
        """
      When "Worker/locked" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/locked" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Worker/locked}"

  Rule: Managed policies passed as PolicyArns narrow the session in the same way (E1)

    @id:session-policy.managed-session-policy-narrows @evidence:documented
    Scenario: A session given a managed policy that allows only listing users cannot list roles
      Source: STS API reference, "AssumeRole" (PolicyArns: managed session policies; the session's permissions
      are the intersection of the role's identity-based policy and the session policies).
      Given a managed policy "OnlyListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "managed" and:
        | PolicyArns | ${policy:OnlyListUsers} |
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/managed" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/managed" calls "iam:ListRoles"
      Then the call is denied

    @id:session-policy.managed-session-policy-cannot-grant @evidence:documented
    Scenario: A managed session policy allowing every IAM action does not let the session list policies
      Source: STS API reference, "AssumeRole" (PolicyArns: "You cannot use session policies to grant more
      permissions than those allowed by the identity-based policy of the role that is being assumed").
      Given a managed policy "AllIam":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "managed" and:
        | PolicyArns | ${policy:AllIam} |
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      When "Worker/managed" calls "iam:ListRoles"
      Then the call is allowed
      When "Worker/managed" calls "iam:ListPolicies"
      Then the call is denied

  Rule: A session is limited by the role's permissions boundary as well as by its session policy

    @id:session-policy.boundary-still-applies @evidence:documented
    Scenario: The role's boundary allows only listing users, so a session policy allowing both listings still cannot list roles
      Source: IAM User Guide, "Permissions boundaries for IAM entities" (session policies: the effective
      permissions are "everything that is allowed by all three types": identity-based policy, boundary and
      session policy).
      Given a managed policy "BoundaryListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And the role "Worker" has the permissions boundary "BoundaryListUsers"
      And "Jill" has assumed the role "Worker" with session name "bounded" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListRoles"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/bounded" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/bounded" calls "iam:ListRoles"
      Then the call is denied

  Rule: A malformed inline session policy is refused with MalformedPolicyDocument (E5)

    @id:session-policy.malformed-inline-policy-is-refused @evidence:inferred @validation
    Scenario Outline: A session policy that <flaw> is refused; a well-formed one is accepted
      Source: inferred from STS API reference, "AssumeRole" (error MalformedPolicyDocument: "the policy
      document was malformed", HTTP 400); the first row is recorded: apache/hadoop assumed_roles.md and
      ansible-collections/amazon.aws tests/integration/targets/sts_assume_role (AWS answered a session policy
      that is not JSON with MalformedPolicyDocument, HTTP 400). No AWS answer is recorded for a session policy
      with a statement without Action or with an unknown Effect; that STS checks them as IAM does is inferred.
      When "Jill" assumes the role "Worker" with session name "broken" and the session policy:
        """
        <document>
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      When "Jill" assumes the role "Worker" with session name "sound" and the session policy:
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      Then the call is allowed

      Examples:
        | flaw                        | document                                                                                  |
        | is not JSON                 | {"Version":"2012-10-17","Statement":[                                                      |
        | has a statement with no action | {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*"}]}          |
        | has an unknown Effect       | {"Version": "2012-10-17", "Statement": [{"Effect": "Maybe", "Action": "iam:ListUsers", "Resource": "*"}]} |

  Rule: The plain text of an inline session policy is at most 2048 characters (E4)

    # The AssumeRole reference states the 2,048-character limit in prose, but
    # the STS service model no longer bounds the Policy parameter, and no page
    # or recorded AWS answer gives the error code; so only the refusal and its
    # HTTP status are asserted. The separate packed-size limit
    # (PackedPolicyTooLarge, also HTTP 400) is about the compressed form.
    @id:session-policy.inline-policy-over-2048-characters-is-refused @evidence:documented @validation
    Scenario: A valid session policy of more than 2100 characters is refused; a short one is accepted
      Source: STS API reference, "AssumeRole" (Policy: "The plaintext that you use for both inline and managed
      session policies can't exceed 2,048 characters"); IAM User Guide, "Passing session tags in AWS STS" (the
      operation can fail if "The total size of the plain text of session policies exceeds 2048 characters").
      Open: the error code is not documented, and the service model (botocore 1.31.61 and later) sets no
      maximum length; HTTP 400 is the status of every request-parameter error STS documents. A refusal by the
      packed-size limit instead of the plain-text limit would also pass.
      Given a policy document "Big" of at least 2100 characters allowing "iam:GetUser"
      When "Jill" assumes the role "Worker" with session name "big" and:
        | Policy | ${doc:Big} |
      Then the call is refused with HTTP status 400
      When "Jill" assumes the role "Worker" with session name "small" and the session policy:
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
        """
      Then the call is allowed

  Rule: At most 10 managed session policies may be passed (E4)

    # The AssumeRole reference says "You can provide up to 10 managed policy
    # ARNs", but the STS service model sets no maximum for PolicyArns, and no
    # page or recorded AWS answer gives the error code; so only the refusal
    # and its HTTP status are asserted.
    @id:session-policy.more-than-10-policy-arns-are-refused @evidence:documented @validation
    Scenario: Eleven managed session policies are refused; ten are accepted
      Source: STS API reference, "AssumeRole" (PolicyArns: "You can provide up to 10 managed policy ARNs");
      IAM User Guide, "Switch to an IAM role (AWS API)" (PolicyArns: up to 10 managed session policies).
      Open: the error code is not documented, and the service model (botocore 1.31.61 and later) sets no
      maximum number of items; HTTP 400 is the status of every request-parameter error STS documents.
      Given a managed policy "P01":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P02":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P03":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P04":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P05":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P06":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P07":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P08":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P09":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P10":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      And a managed policy "P11":
        """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}
        """
      When "Jill" assumes the role "Worker" with session name "eleven" and:
        | PolicyArns | ${policy:P01}, ${policy:P02}, ${policy:P03}, ${policy:P04}, ${policy:P05}, ${policy:P06}, ${policy:P07}, ${policy:P08}, ${policy:P09}, ${policy:P10}, ${policy:P11} |
      Then the call is refused with HTTP status 400
      When "Jill" assumes the role "Worker" with session name "ten" and:
        | PolicyArns | ${policy:P01}, ${policy:P02}, ${policy:P03}, ${policy:P04}, ${policy:P05}, ${policy:P06}, ${policy:P07}, ${policy:P08}, ${policy:P09}, ${policy:P10} |
      Then the call is allowed

  Rule: A refusal caused by the session policy says so (B6)

    @id:session-policy.implicit-deny-message @strict @evidence:documented
    Scenario: The refusal of an action the role allows and the session policy does not names the session policy
      Source: IAM User Guide, "Troubleshoot access denied error messages" (an implicit denial by a session
      policy: "… is not authorized to perform: <action> … because no session policy allows the <action>
      action").
      Given "Jill" has assumed the role "Worker" with session name "narrow" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Worker/narrow" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/narrow" calls "iam:ListRoles"
      Then the call is denied
      And the error message contains "is not authorized to perform: iam:ListRoles"
      And the error message contains "because no session policy allows the iam:ListRoles action"

    @id:session-policy.explicit-deny-message @strict @evidence:documented
    Scenario: The refusal of an action the session policy denies names the explicit deny in the session policy
      Source: IAM User Guide, "Troubleshoot access denied error messages" (an explicit denial in a session
      policy). The page's template reads "with an explicit deny in a session policy" and its example "with an
      explicit deny in a sessions policy": only the words both share are asserted.
      Given "Jill" has assumed the role "Worker" with session name "denied" and the session policy:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      When "Worker/denied" calls "iam:ListUsers"
      Then the call is allowed
      When "Worker/denied" calls "iam:ListRoles"
      Then the call is denied
      And the error message contains "is not authorized to perform: iam:ListRoles"
      And the error message contains "with an explicit deny in a session"
