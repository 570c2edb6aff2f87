@validation
Feature: Policy documents have size limits

  IAM limits how large policy documents may be, counting characters without
  white space: a managed policy (each of its versions) may hold at most 6,144
  characters; the inline policies of one entity together at most 10,240
  characters for a role and 2,048 for a user. A document over the limit is
  refused with LimitExceeded (HTTP 409) and nothing is stored; a document just
  under the limit is accepted.

  The large documents below are made by the suite: one statement allowing an
  action on a long list of user ARNs, with no white space, of at least the
  stated number of characters (and less than 50 characters more).

  Following the AWS IAM User Guide: "IAM and AWS STS quotas" ("IAM and STS
  character quotas": managed policies 6,144 characters; inline policies
  aggregate per user 2,048, per role 10,240; "IAM does not count white space
  when calculating the size of a policy"), and the IAM API Reference:
  "CreatePolicy", "CreatePolicyVersion", "PutRolePolicy", "PutUserPolicy"
  (LimitExceeded, HTTP 409). The wording of the refusal is not documented;
  the strict examples use the wording AWS is recorded to send.

  Rule: (G2) A managed policy may hold at most 6,144 characters

    @id:validation.managed-policy-over-size-limit @evidence:recorded
    Scenario: A managed policy of about 6,000 characters is accepted, one of over 6,200 is refused
      Source: AWS answer LimitExceeded, "Cannot exceed quota for PolicySize: 6144" (Status Code 409), quoted in
      aws/aws-parallelcluster issue #6132; IAM User Guide, "IAM and AWS STS quotas" (managed policy 6,144).
      Given a policy document "Fits" of at least 6000 characters allowing "iam:GetUser"
      And a policy document "TooBig" of at least 6200 characters allowing "iam:GetUser"
      When the admin creates a managed policy "Fits":
        """
        ${doc:Fits}
        """
      Then the call succeeds
      When the admin creates a managed policy "TooBig":
        """
        ${doc:TooBig}
        """
      Then the call fails with "LimitExceeded" and HTTP status 409

    @id:validation.policy-version-over-size-limit @evidence:recorded
    Scenario: A new version of a managed policy over 6,144 characters is refused
      Source: AWS answer to CreatePolicyVersion, StatusCode 409, LimitExceeded, "Cannot exceed quota for
      PolicySize: 6144", quoted in ministryofjustice/analytical-platform issue #6873.
      Given a managed policy "Small":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      And a policy document "TooBig" of at least 6200 characters allowing "iam:GetUser"
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Small} |
        | PolicyDocument | ${doc:TooBig}   |
      Then the call fails with "LimitExceeded" and HTTP status 409

    @id:validation.white-space-is-not-counted-in-policy-size @evidence:documented
    Scenario: A managed policy of about 6,000 characters padded to over 8,000 with white space is accepted
      Source: IAM User Guide, "IAM and AWS STS quotas" ("IAM doesn't count white space when calculating the
      size of a policy against these limits"; managed policy 6,144 characters). The document is sent as
      written, white space included.
      Given a policy document "Roomy" of at least 6000 characters allowing "iam:GetUser", padded with 2000 characters of white space
      When "admin" calls "iam:CreatePolicy" with:
        | PolicyName     | ${name:Roomy} |
        | PolicyDocument | ${doc:Roomy}  |
        | Path           | ${path}       |
      Then the call succeeds

    @id:validation.managed-policy-over-size-limit-message @strict @evidence:recorded
    Scenario: The refusal of an oversized managed policy names the PolicySize quota
      Source: AWS answer "Cannot exceed quota for PolicySize: 6144", quoted in aws/aws-parallelcluster issue
      #6132 and ministryofjustice/analytical-platform issue #6873.
      Given a policy document "TooBig" of at least 6200 characters allowing "iam:GetUser"
      When the admin creates a managed policy "TooBig":
        """
        ${doc:TooBig}
        """
      Then the call fails with "LimitExceeded" and HTTP status 409
      And the error message is "Cannot exceed quota for PolicySize: 6144"

  Rule: (G2) The inline policies of a role may hold at most 10,240 characters together

    @id:validation.role-inline-policies-over-aggregate-limit @evidence:recorded
    Scenario: One inline policy of over 6,200 characters fits a role, a second one does not
      Source: AWS answer LimitExceeded, "Maximum policy size of 10240 bytes exceeded for role" (Status Code
      409), quoted in serverless/serverless issue #7643 and aws-amplify/amplify-cli issue #4369; IAM User
      Guide, "IAM and AWS STS quotas" (inline policies of a role: 10,240 characters in total).
      Given a role "Holder" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      And a policy document "Large" of at least 6200 characters allowing "iam:GetUser"
      When the admin puts the inline policy "First" on the role "Holder":
        """
        ${doc:Large}
        """
      Then the call succeeds
      When the admin puts the inline policy "Second" on the role "Holder":
        """
        ${doc:Large}
        """
      Then the call fails with "LimitExceeded" and HTTP status 409

    @id:validation.role-inline-policy-over-size-limit @evidence:recorded
    Scenario: A single inline role policy of over 10,300 characters is refused
      Source: AWS answer LimitExceeded, "Maximum policy size of 10240 bytes exceeded for role" (Status Code
      409), quoted in serverless/serverless issue #7643.
      Given a role "Holder" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      And a policy document "Huge" of at least 10300 characters allowing "iam:GetUser"
      When the admin puts the inline policy "Huge" on the role "Holder":
        """
        ${doc:Huge}
        """
      Then the call fails with "LimitExceeded" and HTTP status 409

    @id:validation.role-inline-policies-over-aggregate-limit-message @strict @evidence:recorded
    Scenario: The refusal of an oversized role policy names the limit and the role
      Source: AWS answer "Maximum policy size of 10240 bytes exceeded for role <name>", quoted in
      aws/aws-cdk issue #12403 and gchq/sleeper issue #1459.
      Given a role "Holder" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      And a policy document "Huge" of at least 10300 characters allowing "iam:GetUser"
      When the admin puts the inline policy "Huge" on the role "Holder":
        """
        ${doc:Huge}
        """
      Then the call fails with "LimitExceeded" and HTTP status 409
      And the error message is "Maximum policy size of 10240 bytes exceeded for role ${name:Holder}"

  Rule: (G2) The inline policies of a user may hold at most 2,048 characters together

    @id:validation.user-inline-policy-over-size-limit @evidence:recorded
    Scenario: An inline user policy of over 2,100 characters is refused, one of about 1,900 is accepted
      Source: AWS answer to PutUserPolicy, LimitExceeded, "Maximum policy size of 2048 bytes exceeded for
      user", quoted in danvk/mapsnap pull request #483; IAM User Guide, "IAM and AWS STS quotas" (2,048).
      Given a user "Jill"
      And a policy document "TooBig" of at least 2100 characters allowing "iam:GetUser"
      And a policy document "Fits" of at least 1900 characters allowing "iam:GetUser"
      When the admin puts the inline policy "TooBig" on the user "Jill":
        """
        ${doc:TooBig}
        """
      Then the call fails with "LimitExceeded" and HTTP status 409
      When the admin puts the inline policy "Fits" on the user "Jill":
        """
        ${doc:Fits}
        """
      Then the call succeeds
