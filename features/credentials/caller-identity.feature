@credentials
Feature: GetCallerIdentity answers "who am I?" for any authenticated caller, and access keys show what they are

  sts:GetCallerIdentity tells the caller which account and which identity its credentials
  belong to. It needs no permission: a caller with no policy at all may call it, and so may a
  caller whose policies explicitly deny sts:GetCallerIdentity or every action, because AWS
  would give away the same information in an access-denied message anyway. It answers with
  three fields:

  - Account: the 12-digit account id;
  - Arn: for an IAM user, the user's ARN, path included; for a role session, the
    assumed-role ARN arn:aws:sts::ACCOUNT:assumed-role/ROLE-NAME/SESSION-NAME, in which the
    role's path does not appear;
  - UserId: for an IAM user, its unique id, which starts with AIDA; for a role session, the
    role's unique id (starting with AROA), a colon, and the session name.

  Access key ids tell long-term keys from temporary ones: the key of an IAM user starts with
  AKIA, a temporary key issued by STS starts with ASIA.

  Following the STS API reference pages "GetCallerIdentity" (no permissions required, even
  under an explicit deny; example responses for a user and for an assumed role), "AssumeRole"
  (AssumedRoleUser: Arn and AssumedRoleId) and "GetAccessKeyInfo" (AKIA long-term, ASIA
  temporary), and the IAM User Guide pages "IAM identifiers" ("IAM ARNs" and "Understanding
  unique ID prefixes": AIDA user, AROA role, AKIA access key, ASIA temporary key) and "Compare
  AWS STS credentials" (footnote on GetCallerIdentity).

  Where a role session is only the way to get temporary credentials, the role's trust policy
  names Jill's own ARN and Jill's policy allows sts:AssumeRole on that role, the form every
  reading of the AWS documentation agrees on; getting the session is then a precondition of
  the scenario (a Given step), not its rule.

  Where GetSessionToken is only the way to get Jill's temporary credentials, Jill also holds a
  policy allowing sts:GetSessionToken. AWS ignores it (GetSessionToken needs no permission,
  "Permissions for GetSessionToken"); it keeps the scenario about its own rule.

  Background:
    Given a user "Jill" with access keys

  Rule: GetCallerIdentity needs no permission at all (A5)

    @id:credentials.caller-identity-without-any-policy @evidence:documented
    Scenario: Jill, who may do nothing else, may ask who she is
      Source: STS API reference, "GetCallerIdentity" (no permissions are required, even under an explicit deny);
      IAM User Guide, "Policy evaluation logic" (no Allow means an implicit deny).
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

    @id:credentials.caller-identity-of-role-session-without-any-policy @evidence:documented
    Scenario: A session of a role that has no permission policy may ask who it is
      Source: STS API reference, "GetCallerIdentity" (no permissions are required, even under an explicit deny);
      IAM User Guide, "IAM identifiers" (assumed-role ARN).
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill"
      When "Work/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Work/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Work/jill}"

  Rule: GetCallerIdentity succeeds even when a policy explicitly denies it, or denies everything (A5)

    @id:credentials.caller-identity-under-explicit-deny-of-itself @evidence:documented
    Scenario: Jill's policy allows everything but explicitly denies sts:GetCallerIdentity and iam:ListUsers
      Source: STS API reference, "GetCallerIdentity" (no permissions are required, even under an explicit deny);
      IAM User Guide, "Policy evaluation logic" (an explicit deny overrides any allow).
      The explicit deny does take effect: it wins over the Allow for iam:ListUsers. It has no
      effect on sts:GetCallerIdentity.
      Given the user "Jill" has an inline policy "AllButWhoAmI":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": ["sts:GetCallerIdentity", "iam:ListUsers"], "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

    @id:credentials.caller-identity-under-deny-everything @evidence:documented
    Scenario: Jill's managed policy allows listing users, her inline policy denies every action, and she may still ask who she is
      Source: STS API reference, "GetCallerIdentity" (no permissions are required, even under an explicit deny);
      IAM User Guide, "Policy evaluation logic" (an explicit deny overrides any allow).
      Given a managed policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And the managed policy "ListUsers" is attached to the user "Jill"
      And the user "Jill" has an inline policy "DenyEverything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

    @id:credentials.caller-identity-under-group-deny-everything @evidence:documented
    Scenario: Jill's group denies every action, and she may still ask who she is
      Source: STS API reference, "GetCallerIdentity" (no permissions are required, even under an explicit deny);
      IAM User Guide, "Policy evaluation logic" (group policies apply to their members; deny overrides).
      Given a group "Locked"
      And the user "Jill" is a member of the group "Locked"
      And the group "Locked" has an inline policy "DenyEverything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]
        }
        """
      And the user "Jill" has an inline policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

    @id:credentials.caller-identity-of-role-session-under-narrow-boundary @evidence:documented
    Scenario: A session of a role whose permissions boundary allows nothing it could use may still ask who it is
      Source: STS API reference, "GetCallerIdentity" (no permissions are required, even under an explicit deny);
      IAM User Guide, "Permissions boundaries for IAM entities" (the boundary limits the role's permissions).
      The role's own policy allows listing users, but its permissions boundary does not, so
      listing users is denied. GetCallerIdentity needs no permission, so the boundary does not
      matter.
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      And a managed policy "OnlyGetRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*"}]
        }
        """
      And the role "Work" has the permissions boundary "OnlyGetRole"
      And the role "Work" has an inline policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill"
      When "Work/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Work/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Work/jill}"

    @id:credentials.caller-identity-of-role-session-under-deny-everything @evidence:documented
    Scenario: A session of a role whose policy denies every action may still ask who it is
      Source: STS API reference, "GetCallerIdentity" (no permissions are required, even under an explicit deny);
      IAM User Guide, "Policy evaluation logic" (an explicit deny overrides any allow).
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      And the role "Work" has an inline policy "AllButEverything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"},
            {"Effect": "Deny", "Action": "*", "Resource": "*"}
          ]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill"
      When "Work/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Work/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Work/jill}"

  Rule: For an IAM user, GetCallerIdentity returns the account, the user's ARN with its path, and the user's unique id starting with AIDA (A5)

    @id:credentials.caller-identity-of-user @evidence:documented
    Scenario: Jill asks who she is and learns her account, her ARN and her AIDA unique id
      Source: STS API reference, "GetCallerIdentity" (example response for an IAM user); IAM User Guide,
      "IAM identifiers" ("IAM ARNs", user ARN with its path; "Understanding unique ID prefixes", AIDA).
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Account" is "${account}"
      And the response field "Arn" is "${user:Jill}"
      And the response field "UserId" matches "AIDA[A-Z0-9]+"

  Rule: For a role session, GetCallerIdentity returns the assumed-role ARN without the role's path, and the role's AROA unique id followed by the session name (A5)

    @id:credentials.caller-identity-of-role-session @evidence:documented
    Scenario: A session of a role created under a path reports the assumed-role ARN and the AROA id with the session name
      Source: STS API reference, "GetCallerIdentity" (example response for an assumed role); IAM User Guide,
      "IAM identifiers" (arn:aws:sts::account:assumed-role/role-name/role-session-name, no path; AROA prefix).
      The suite creates every role under its own IAM path; the assumed-role ARN leaves it out.
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill-at-work"
      When "Work/jill-at-work" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Account" is "${account}"
      And the response field "Arn" is "${session:Work/jill-at-work}"
      And the response field "UserId" matches "AROA[A-Z0-9]+:jill-at-work"

    @id:credentials.assume-role-names-the-session @evidence:documented
    Scenario: AssumeRole itself reports the same assumed-role ARN and AROA id with the session name
      Source: STS API reference, "AssumeRole" and "AssumedRoleUser" (Arn; AssumedRoleId, the role id and the
      session name); IAM User Guide, "IAM identifiers" (AROA prefix).
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill-at-work"
      Then the response field "AssumedRoleArn" is "${session:Work/jill-at-work}"
      And the response field "AssumedRoleId" matches "AROA[A-Z0-9]+:jill-at-work"

    @id:credentials.caller-identity-of-role-session-with-symbols @evidence:documented
    Scenario: A session name with the symbols a session name may hold appears unchanged in the ARN and the UserId
      Source: STS API reference, "AssumeRole" (RoleSessionName: letters, digits and _ =,.@-; it is used in
      the ARN of the assumed role principal) and "AssumedRoleUser".
      That AssumeRole accepts such a name is part of this rule, so the assumption stays a When step.
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      When "Jill" assumes the role "Work" with session name "jill@example.com"
      Then the call is allowed
      When "Work/jill@example.com" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Work/jill@example.com}"
      And the response field "UserId" matches "AROA[A-Z0-9]+:jill@example\.com"

  Rule: GetSessionToken credentials act as the IAM user who asked for them (A5, D6)

    @id:credentials.caller-identity-of-session-token @evidence:recorded
    Scenario: Jill's GetSessionToken credentials report Jill's own ARN and AIDA id
      Source: AWS answer to sts:GetCallerIdentity with GetSessionToken credentials quoted in cloudyr/aws.iam
      issue #15 (the IAM user's ARN and AIDA id); IAM User Guide, "Permissions for GetSessionToken".
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken"
      When "Jill/session-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Account" is "${account}"
      And the response field "Arn" is "${user:Jill}"
      And the response field "UserId" matches "AIDA[A-Z0-9]+"

  Rule: Long-term access key ids start with AKIA, temporary ones issued by STS with ASIA (A5)

    @id:credentials.created-access-key-is-long-term @evidence:documented
    Scenario: An access key Jill creates for herself, once allowed to, starts with AKIA
      Source: IAM API reference, "CreateAccessKey" (without UserName, the key is for the signing user);
      IAM User Guide, "IAM identifiers" ("Understanding unique ID prefixes": AKIA access key).
      Without a user name, CreateAccessKey creates a key for the user who signs the request.
      Jill is refused until a policy allows iam:CreateAccessKey ("Permissions required to
      manage access keys").
      When "Jill" calls "iam:CreateAccessKey"
      Then the call is denied
      Given the user "Jill" has an inline policy "MayCreateAccessKeys":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:CreateAccessKey"
      Then the call is allowed
      And the response field "AccessKeyId" starts with "AKIA"

    @id:credentials.assume-role-key-is-temporary @evidence:documented
    Scenario: The access key of a role session starts with ASIA
      Source: IAM User Guide, "IAM identifiers" ("Understanding unique ID prefixes": ASIA temporary AWS STS
      keys); STS API reference, "GetAccessKeyInfo".
      Given a role "Work" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeWork":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Work}"}]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill"
      Then the response field "AccessKeyId" starts with "ASIA"

    @id:credentials.session-token-key-is-temporary @evidence:documented
    Scenario: The access key GetSessionToken issues starts with ASIA
      Source: IAM User Guide, "IAM identifiers" ("Understanding unique ID prefixes": ASIA temporary AWS STS
      keys); STS API reference, "GetAccessKeyInfo".
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken"
      Then the response field "AccessKeyId" starts with "ASIA"
