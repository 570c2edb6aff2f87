@credentials
Feature: Requests that AWS cannot authenticate are refused before any policy is read

  Every request to IAM and STS is signed with an access key: an access key id and its
  secret, plus a session token when the key is temporary. Before AWS looks at a single
  policy it checks who is calling: the key must exist and be active, the signature must
  have been made with the key's own secret, and temporary credentials must carry their
  own session token. A request that fails this check is refused with an authentication
  error, HTTP 403, whatever the caller's policies allow:

  - a key AWS never issued, or one that was deactivated or deleted: InvalidClientTokenId;
  - the right key signed with a wrong secret: SignatureDoesNotMatch;
  - temporary credentials sent without their session token, or with a wrong one:
    InvalidClientTokenId.

  Following the AWS API reference page "Common Errors" (InvalidClientTokenId, HTTP 403:
  the access key id does not exist in AWS's records), the IAM User Guide pages
  "Troubleshoot Signature Version 4 signing for AWS API requests" (SignatureDoesNotMatch,
  HTTP 403), "How an IAM administrator can manage IAM user access keys" (deactivating and
  deleting keys) and "Use temporary credentials with AWS resources" (the session token
  must be sent with temporary credentials), and the AWS re:Post Knowledge Center article
  on "InvalidClientTokenId: The security token included in the request is invalid"
  (credentials that are wrong, inactive or deleted).

  Open points, asserted no further than stated: the documentation does not name the error
  code for a missing or wrong session token; the code asserted here, InvalidClientTokenId,
  is the one recorded against real AWS in the rule checklist (docs/aws-rules-checklist.md) (A3). A deactivated
  or deleted key stops working only once the change has propagated (IAM is eventually
  consistent, "Troubleshoot IAM"); on real AWS those scenarios may need a wait that the
  step vocabulary cannot yet express.

  Where GetSessionToken is only the way to get Jill's temporary credentials, Jill also holds a
  policy allowing sts:GetSessionToken. AWS ignores it (GetSessionToken needs no permission,
  "Permissions for GetSessionToken"); it keeps the scenario about its own rule.

  Where a role session is only the way to get temporary credentials, the role's trust policy
  names Jill's own ARN and Jill's policy allows sts:AssumeRole on that role, the form every
  reading of the AWS documentation agrees on; getting the session is then a precondition of
  the scenario, not its rule. Only the role "Open" trusts every AWS principal, in the one
  scenario whose point that is.

  Background:
    Given a user "Jill" with access keys

  Rule: An access key id that AWS never issued is refused with InvalidClientTokenId, HTTP 403 (A1)

    @id:credentials.unknown-key-refused-by-sts @evidence:documented
    Scenario: A caller with a made-up access key cannot even ask STS who it is
      Source: AWS API reference, "Common Errors" (InvalidClientTokenId: the access key id does not exist in
      AWS's records, HTTP 403).
      Given "Ghost" uses an access key that does not exist
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Ghost" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.unknown-key-refused @evidence:documented
    Scenario Outline: A made-up access key is refused for <action>, which the admin may call
      Source: AWS API reference, "Common Errors" (InvalidClientTokenId, HTTP 403), which IAM lists among the
      errors common to all its actions (IAM API reference, "Common Errors").
      Given "Ghost" uses an access key that does not exist
      When "admin" calls "<action>"
      Then the call is allowed
      When "Ghost" calls "<action>"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

      Examples:
        | action                |
        | iam:ListUsers         |
        | iam:ListRoles         |
        | iam:ListGroups        |
        | iam:GetAccountSummary |

    @id:credentials.unknown-key-cannot-assume-an-open-role @evidence:documented
    Scenario: A made-up access key cannot assume a role that trusts every AWS principal
      Source: AWS API reference, "Common Errors" (InvalidClientTokenId, HTTP 403); IAM User Guide,
      "IAM JSON policy elements: Principal" ("AWS": "*" names every AWS principal).
      The trust policy names any AWS principal ("*"), so the only thing between a caller and
      the role is its own identity policy: Jill's allows the call. A caller that is not
      authenticated at all is still refused, with the authentication error, not AccessDenied.
      Given a role "Open" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeOpen":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Open}"}]
        }
        """
      And "Ghost" uses an access key that does not exist
      When "Jill" assumes the role "Open" with session name "jill"
      Then the call is allowed
      When "Ghost" assumes the role "Open" with session name "ghost"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.unknown-key-message @strict @evidence:recorded
    Scenario: The refusal of a made-up access key says the security token is invalid
      Source: AWS answers to sts:GetCallerIdentity with unknown credentials quoted in
      hashicorp/terraform-provider-aws issue #24197 and nerves-hub/terraform issue #4 ("InvalidClientTokenId:
      The security token included in the request is invalid.", status code 403).
      One raw answer of a regional STS endpoint, quoted in aws-azure-login/aws-azure-login issue #251, has
      the same text without the final period, for session credentials rather than an unknown key.
      Given "Ghost" uses an access key that does not exist
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Ghost" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403
      And the error message is "The security token included in the request is invalid."

  Rule: A request signed with a secret that does not belong to the access key is refused with SignatureDoesNotMatch, HTTP 403 (A2)

    @id:credentials.wrong-secret-refused-by-sts @evidence:documented
    Scenario: Jill's access key id signed with a wrong secret cannot ask STS who it is
      Source: IAM User Guide, "Troubleshoot Signature Version 4 signing for AWS API requests" (HTTP 403
      SignatureDoesNotMatch when the signature does not match the one AWS calculates).
      Given "Mallory" uses the credentials of "Jill" with a wrong secret
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Mallory" calls "sts:GetCallerIdentity"
      Then the call fails with "SignatureDoesNotMatch" and HTTP status 403

    @id:credentials.wrong-secret-refused-despite-allow @evidence:documented
    Scenario: A policy that allows Jill to list users does not help a request signed with a wrong secret
      Source: IAM User Guide, "Troubleshoot Signature Version 4 signing for AWS API requests" (HTTP 403
      SignatureDoesNotMatch).
      Given the user "Jill" has an inline policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Mallory" uses the credentials of "Jill" with a wrong secret
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Mallory" calls "iam:ListUsers"
      Then the call fails with "SignatureDoesNotMatch" and HTTP status 403

    @id:credentials.wrong-secret-cannot-assume-role @evidence:documented
    Scenario: Jill's access key id signed with a wrong secret cannot assume a role Jill may assume
      Source: IAM User Guide, "Troubleshoot Signature Version 4 signing for AWS API requests" (HTTP 403
      SignatureDoesNotMatch); STS API reference, "AssumeRole".
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
      And "Mallory" uses the credentials of "Jill" with a wrong secret
      When "Jill" assumes the role "Work" with session name "jill"
      Then the call is allowed
      When "Mallory" assumes the role "Work" with session name "mallory"
      Then the call fails with "SignatureDoesNotMatch" and HTTP status 403

    @id:credentials.wrong-secret-on-role-session @evidence:inferred
    Scenario: A role session's temporary key signed with a wrong secret is refused
      Source: inferred from IAM User Guide, "Troubleshoot Signature Version 4 signing for AWS API requests"
      (HTTP 403 SignatureDoesNotMatch), which no page applies to temporary credentials in particular.
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
      And "Mallory" uses the credentials of "Work/jill" with a wrong secret
      When "Work/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Mallory" calls "sts:GetCallerIdentity"
      Then the call fails with "SignatureDoesNotMatch" and HTTP status 403

    @id:credentials.wrong-secret-message @strict @evidence:documented
    Scenario: The refusal of a wrong secret says the signatures do not match
      Source: IAM User Guide, "Troubleshoot Signature Version 4 signing for AWS API requests" (the message
      "The request signature we calculated does not match the signature you provided").
      Given "Mallory" uses the credentials of "Jill" with a wrong secret
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Mallory" calls "sts:GetCallerIdentity"
      Then the call fails with "SignatureDoesNotMatch" and HTTP status 403
      And the error message contains "The request signature we calculated does not match the signature you provided"

  Rule: Temporary credentials are refused with InvalidClientTokenId, HTTP 403, when sent without their session token or with a wrong one (A3)

    @id:credentials.role-session-without-session-token @evidence:recorded
    Scenario: A role session's key and secret without the session token are refused
      Source: STS answer InvalidClientTokenId to temporary credentials sent without their token, quoted
      in jrl84/amazon-sp-api pull request #135; AWS API reference, "Common Errors" (InvalidClientTokenId,
      HTTP 403).
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
      And "Mallory" uses the credentials of "Work/jill" with no session token
      When "Work/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Mallory" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.role-session-with-wrong-session-token @evidence:inferred
    Scenario: A role session's key and secret with an altered session token are refused
      Source: inferred from IAM User Guide, "Use temporary credentials with AWS resources" (the session token
      must be sent with the temporary key) and AWS API reference, "Common Errors" (InvalidClientTokenId, 403).
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
      And "Mallory" uses the credentials of "Work/jill" with a wrong session token
      When "Work/jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Mallory" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.role-session-without-session-token-despite-allow @evidence:recorded
    Scenario: The role allows listing users, but its session's key without the session token is refused
      Source: STS answer InvalidClientTokenId to temporary credentials sent without their token, quoted
      in jrl84/amazon-sp-api pull request #135; AWS API reference, "Common Errors" (InvalidClientTokenId,
      HTTP 403).
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
      And the role "Work" has an inline policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Work" with session name "jill"
      And "Mallory" uses the credentials of "Work/jill" with no session token
      When "Work/jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Mallory" calls "iam:ListUsers"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.session-token-credentials-without-session-token @evidence:recorded
    Scenario: GetSessionToken credentials without their session token are refused
      Source: STS answer InvalidClientTokenId to temporary credentials sent without their token, quoted
      in jrl84/amazon-sp-api pull request #135; AWS API reference, "Common Errors" (InvalidClientTokenId,
      HTTP 403).
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken"
      And "Mallory" uses the credentials of "Jill/session-token" with no session token
      When "Jill/session-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Mallory" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.session-token-credentials-with-wrong-session-token @evidence:inferred
    Scenario: GetSessionToken credentials with an altered session token are refused
      Source: inferred from IAM User Guide, "Use temporary credentials with AWS resources" (the session token
      must be sent with the temporary key) and AWS API reference, "Common Errors" (InvalidClientTokenId, 403).
      Given the user "Jill" has an inline policy "MayGetSessionToken":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:GetSessionToken", "Resource": "*"}]
        }
        """
      And "Jill" has called "sts:GetSessionToken"
      And "Mallory" uses the credentials of "Jill/session-token" with a wrong session token
      When "Jill/session-token" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Mallory" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

  Rule: A deactivated or deleted access key is refused with InvalidClientTokenId, HTTP 403 (A6)

    @id:credentials.deactivated-key-refused @evidence:inferred
    Scenario: Once Jill's access key is deactivated it cannot even ask STS who it is, while Jack's key still works
      Source: inferred from IAM API reference, "UpdateAccessKey" and "AccessKey" (an Inactive key is not valid
      for API calls) and AWS API reference, "Common Errors" (InvalidClientTokenId, HTTP 403).
      Given a user "Jack" with access keys
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      Given the access key of "Jill" is deactivated
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403
      When "Jack" calls "sts:GetCallerIdentity"
      Then the call is allowed

    @id:credentials.deleted-key-refused @evidence:inferred
    Scenario: Once Jill's access key is deleted it cannot even ask STS who it is, while Jack's key still works
      Source: inferred from IAM API reference, "DeleteAccessKey" and AWS API reference, "Common Errors"
      (InvalidClientTokenId, HTTP 403: the access key id does not exist in AWS's records).
      Given a user "Jack" with access keys
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      Given the access key of "Jill" is deleted
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403
      When "Jack" calls "sts:GetCallerIdentity"
      Then the call is allowed

    @id:credentials.deactivated-key-refused-despite-allow @evidence:inferred
    Scenario: Jill may list users, but not with a deactivated access key
      Source: inferred from IAM API reference, "UpdateAccessKey" and "AccessKey" (an Inactive key is not valid
      for API calls) and AWS API reference, "Common Errors" (InvalidClientTokenId, HTTP 403).
      Given the user "Jill" has an inline policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      Given the access key of "Jill" is deactivated
      When "Jill" calls "iam:ListUsers"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.deleted-key-refused-despite-allow @evidence:inferred
    Scenario: Jill may list users, but not with a deleted access key
      Source: inferred from IAM API reference, "DeleteAccessKey" and AWS API reference, "Common Errors"
      (InvalidClientTokenId, HTTP 403: the access key id does not exist in AWS's records).
      Given the user "Jill" has an inline policy "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      Given the access key of "Jill" is deleted
      When "Jill" calls "iam:ListUsers"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

    @id:credentials.deactivated-key-cannot-assume-role @evidence:inferred
    Scenario: A deactivated access key can no longer assume a role it assumed a moment before
      Source: inferred from IAM API reference, "UpdateAccessKey" and "AccessKey" (an Inactive key is not valid
      for API calls) and AWS API reference, "Common Errors" (InvalidClientTokenId, HTTP 403).
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
      When "Jill" assumes the role "Work" with session name "before"
      Then the call is allowed
      Given the access key of "Jill" is deactivated
      When "Jill" assumes the role "Work" with session name "after"
      Then the call fails with "InvalidClientTokenId" and HTTP status 403

  Rule: A request whose signature is dated more than 15 minutes ago is refused with SignatureDoesNotMatch, HTTP 403 (A4)

    @id:credentials.signature-dated-20-minutes-ago-refused @evidence:recorded
    Scenario: Jill's own keys, signing by a clock 20 minutes behind, cannot ask STS who she is
      Source: STS answers recorded by users of AWS: EngineerBetter/control-tower issue #51 ("aws sts
      get-caller-identity" from a machine whose clock was wrong: SignatureDoesNotMatch, "Signature
      expired: … is now earlier than … (… - 15 min.)"),
      appsecco/breaking-and-pwning-apps-and-servers-aws-azure-training issue #14 ("error calling
      sts:GetCallerIdentity: SignatureDoesNotMatch: Signature expired … status code: 403") and aws/aws-cli
      issue #6676; IAM User Guide, "AWS Signature Version 4 for API requests" (a signed request is valid
      for a limited time after its time stamp, against replay). The API reference page "Common Error Types" lists RequestExpired (HTTP 400) for a request that
      arrives more than 15 minutes after its date stamp, among the errors any service may return; STS's
      recorded answers, the same from 2016 to 2022, are SignatureDoesNotMatch, HTTP 403, and that is what
      is asserted.
      Given "Late" uses the credentials of "Jill" with a clock 20 minutes behind
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Late" calls "sts:GetCallerIdentity"
      Then the call fails with "SignatureDoesNotMatch" and HTTP status 403

    @id:credentials.signature-dated-20-minutes-ago-message @strict @evidence:recorded
    Scenario: The refusal of a signature dated 20 minutes ago says the signature expired 15 minutes after its date
      Source: STS answers recorded by users of AWS: EngineerBetter/control-tower issue #51,
      appsecco/breaking-and-pwning-apps-and-servers-aws-azure-training issue #14 and aws/aws-cli issue
      #6676 (each "Signature expired: <date of the signature> is now earlier than <now - 15 min.> (<now> -
      15 min.)").
      Given "Late" uses the credentials of "Jill" with a clock 20 minutes behind
      When "Late" calls "sts:GetCallerIdentity"
      Then the call fails with "SignatureDoesNotMatch" and HTTP status 403
      And the error message contains "Signature expired:"
      And the error message contains "- 15 min.)"

  Rule: A request that is not signed at all is refused with MissingAuthenticationToken, HTTP 403 (A4)

    @id:credentials.unsigned-request-refused-by-sts @evidence:documented
    Scenario: A request to STS without an Authorization header cannot ask who is calling
      Source: IAM API reference and STS API reference, "Common Error Types" (MissingAuthenticationToken, HTTP
      403: the request must contain a valid access key ID); IAM User Guide, "Troubleshoot Signature Version
      4 signing for AWS API requests" ("If the API request isn't signed, then you might receive the error:
      Missing Authentication Token"); an STS answer recorded in cert-manager/aws-privateca-issuer issue #40
      ("GetCallerIdentity … StatusCode: 403 … MissingAuthenticationToken: Request is missing Authentication
      Token").
      Given "Unsigned" uses the credentials of "Jill" without signing its requests
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Unsigned" calls "sts:GetCallerIdentity"
      Then the call fails with "MissingAuthenticationToken" and HTTP status 403

    @id:credentials.unsigned-request-refused-by-iam @evidence:documented
    Scenario: A policy that allows Jill to list users does not help a request that carries no signature
      Source: IAM API reference, "Common Error Types" (MissingAuthenticationToken, HTTP 403); IAM User Guide,
      "Troubleshoot Signature Version 4 signing for AWS API requests" (an unsigned request to an API that uses
      IAM authentication is refused).
      Given the user "Jill" has an inline policy "MayListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Unsigned" uses the credentials of "Jill" without signing its requests
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Unsigned" calls "iam:ListUsers"
      Then the call fails with "MissingAuthenticationToken" and HTTP status 403
