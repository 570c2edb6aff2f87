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

  Some roles below trust any AWS principal ("*"): whether Jill may assume them is then decided
  by her own identity policy, which allows it. They are only a way to get a role session.

  Where GetSessionToken is only the way to get Jill's temporary credentials, Jill also holds a
  policy allowing sts:GetSessionToken. AWS ignores it (GetSessionToken needs no permission,
  "Permissions for GetSessionToken"); it keeps the scenario about its own rule.

  Background:
    Given a user "Jill" with access keys

  Rule: GetCallerIdentity needs no permission at all (A5)

    @id:credentials.caller-identity-without-any-policy
    Scenario: Jill, who may do nothing else, may ask who she is
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${user:Jill}"

    @id:credentials.caller-identity-of-role-session-without-any-policy
    Scenario: A session of a role that has no permission policy may ask who it is
      Given the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      When "Jill" assumes the role "Open" with session name "jill"
      Then the call is allowed
      When "Open/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Open/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Open/jill}"

  Rule: GetCallerIdentity succeeds even when a policy explicitly denies it, or denies everything (A5)

    @id:credentials.caller-identity-under-explicit-deny-of-itself
    Scenario: Jill's policy allows everything but explicitly denies sts:GetCallerIdentity and iam:ListUsers
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

    @id:credentials.caller-identity-under-deny-everything
    Scenario: Jill's managed policy allows listing users, her inline policy denies every action, and she may still ask who she is
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

    @id:credentials.caller-identity-under-group-deny-everything
    Scenario: Jill's group denies every action, and she may still ask who she is
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

    @id:credentials.caller-identity-of-role-session-under-narrow-boundary
    Scenario: A session of a role whose permissions boundary allows nothing it could use may still ask who it is
      The role's own policy allows listing users, but its permissions boundary does not, so
      listing users is denied. GetCallerIdentity needs no permission, so the boundary does not
      matter.
      Given the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      And a managed policy "OnlyGetRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*"}]
        }
        """
      And the role "Open" has the permissions boundary "OnlyGetRole"
      And the role "Open" has an inline policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Open" with session name "jill"
      Then the call is allowed
      When "Open/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Open/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Open/jill}"

    @id:credentials.caller-identity-of-role-session-under-deny-everything
    Scenario: A session of a role whose policy denies every action may still ask who it is
      Given the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      And the role "Open" has an inline policy "AllButEverything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"},
            {"Effect": "Deny", "Action": "*", "Resource": "*"}
          ]
        }
        """
      When "Jill" assumes the role "Open" with session name "jill"
      Then the call is allowed
      When "Open/jill" calls "iam:ListUsers"
      Then the call is denied
      When "Open/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Open/jill}"

  Rule: For an IAM user, GetCallerIdentity returns the account, the user's ARN with its path, and the user's unique id starting with AIDA (A5)

    @id:credentials.caller-identity-of-user
    Scenario: Jill asks who she is and learns her account, her ARN and her AIDA unique id
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Account" is "${account}"
      And the response field "Arn" is "${user:Jill}"
      And the response field "UserId" matches "AIDA[A-Z0-9]+"

  Rule: For a role session, GetCallerIdentity returns the assumed-role ARN without the role's path, and the role's AROA unique id followed by the session name (A5)

    @id:credentials.caller-identity-of-role-session
    Scenario: A session of a role created under a path reports the assumed-role ARN and the AROA id with the session name
      The suite creates every role under its own IAM path; the assumed-role ARN leaves it out.
      Given the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      When "Jill" assumes the role "Open" with session name "jill-at-work"
      Then the call is allowed
      When "Open/jill-at-work" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Account" is "${account}"
      And the response field "Arn" is "${session:Open/jill-at-work}"
      And the response field "UserId" matches "AROA[A-Z0-9]+:jill-at-work"

    @id:credentials.assume-role-names-the-session
    Scenario: AssumeRole itself reports the same assumed-role ARN and AROA id with the session name
      Given the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      When "Jill" assumes the role "Open" with session name "jill-at-work"
      Then the call is allowed
      And the response field "AssumedRoleArn" is "${session:Open/jill-at-work}"
      And the response field "AssumedRoleId" matches "AROA[A-Z0-9]+:jill-at-work"

    @id:credentials.caller-identity-of-role-session-with-symbols
    Scenario: A session name with the symbols a session name may hold appears unchanged in the ARN and the UserId
      Given the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      When "Jill" assumes the role "Open" with session name "jill@example.com"
      Then the call is allowed
      When "Open/jill@example.com" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Arn" is "${session:Open/jill@example.com}"
      And the response field "UserId" matches "AROA[A-Z0-9]+:jill@example\.com"

  Rule: GetSessionToken credentials act as the IAM user who asked for them (A5, D6)

    @id:credentials.caller-identity-of-session-token
    Scenario: Jill's GetSessionToken credentials report Jill's own ARN and AIDA id
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken"
      Then the call is allowed
      When "Jill/session-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      And the response field "Account" is "${account}"
      And the response field "Arn" is "${user:Jill}"
      And the response field "UserId" matches "AIDA[A-Z0-9]+"

  Rule: Long-term access key ids start with AKIA, temporary ones issued by STS with ASIA (A5)

    @id:credentials.created-access-key-is-long-term
    Scenario: An access key Jill creates for herself, once allowed to, starts with AKIA
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

    @id:credentials.assume-role-key-is-temporary
    Scenario: The access key of a role session starts with ASIA
      Given the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      When "Jill" assumes the role "Open" with session name "jill"
      Then the call is allowed
      And the response field "AccessKeyId" starts with "ASIA"

    @id:credentials.session-token-key-is-temporary
    Scenario: The access key GetSessionToken issues starts with ASIA
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:GetSessionToken"
      Then the call is allowed
      And the response field "AccessKeyId" starts with "ASIA"
