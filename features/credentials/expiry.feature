@credentials
Feature: Temporary credentials stop working when they expire

  Temporary credentials carry an expiry time: the Expiration in the AssumeRole
  response, DurationSeconds after they were issued (15 minutes at the least).
  After that moment AWS refuses every request signed with them, with the error
  ExpiredToken, HTTP 403 — even a request that needs no permission at all,
  such as asking who you are.

  Following the AWS STS API reference: "AssumeRole" (DurationSeconds, at least
  900; Credentials.Expiration) and "Common Errors" (ExpiredToken: "The security
  token included in the request is expired", HTTP 403), and the IAM User Guide
  page "Use temporary credentials with AWS resources" (temporary credentials
  expire).

  These scenarios wait for the credentials to expire: they take about 16 minutes
  and are tagged @slow, so they run only when asked for (`--tags @slow`). The
  role's trust policy names Jill and Jill's own policy allows the assumption,
  the form every reading of the documentation agrees on, and getting the
  session is a precondition (a Given step): only the expiry is under test.

  Rule: Once temporary credentials have expired, every request signed with them is refused with ExpiredToken, HTTP 403 (A3, D5)

    @id:credentials.expired-session-refused @slow @evidence:recorded
    Scenario: A 15-minute session may ask who it is until it expires, and is refused after
      Source: AWS answers ExpiredToken, HTTP 403, "The security token included in the request is expired",
      quoted in cfn-sphere/cfn-sphere issue #55 (IAM) and aws/aws-sdk-java-v2 issue #1649 (STS); STS API
      reference, "AssumeRole" (DurationSeconds, Credentials.Expiration).
      Given a user "Jill" with access keys
      And a role "Work" whose trust policy is:
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
      And "Jill" has assumed the role "Work" with session name "short" and:
        | DurationSeconds | 900 |
      Then the credentials expire in about 900 seconds
      When "Work/short" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When 960 seconds pass
      And "Work/short" calls "sts:GetCallerIdentity"
      Then the call fails with "ExpiredToken" and HTTP status 403
