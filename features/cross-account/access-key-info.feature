@cross-account @requires:second-account
Feature: GetAccessKeyInfo names the account an access key belongs to, whichever account asks

  Anyone can ask STS which account an access key id belongs to: the key's
  account is answered for a key of the caller's own account and for a key of
  another account alike, and no permission beyond sts:GetAccessKeyInfo is
  needed. It is how an administrator finds the account a stray key id comes
  from.

  Following the STS API reference page "GetAccessKeyInfo" ("Returns the account
  identifier for the specified access key ID"; the key may belong to another
  account), and the IAM User Guide page "Permissions for GetAccessKeyInfo".

  Background:
    Given a user "Jill" with access keys
    And a user "Ann" with access keys in the second account
    And the user "Jill" has an inline policy "MayLookUpKeys":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:GetAccessKeyInfo", "Resource": "*"}]
      }
      """

  Rule: GetAccessKeyInfo answers the account of the key, not of the caller (A6)

    @id:cross-account.access-key-info-of-another-account @evidence:documented
    Scenario: Jill asks about Ann's key and learns the second account, about her own key and learns her own
      Source: STS API reference, "GetAccessKeyInfo" (Account: "The number used to identify the AWS account";
      a key id of any account may be given).
      When "Jill" calls "sts:GetAccessKeyInfo" with:
        | AccessKeyId | ${key:Ann} |
      Then the call is allowed
      And the response field "Account" is "${account:second}"
      When "Jill" calls "sts:GetAccessKeyInfo" with:
        | AccessKeyId | ${key:Jill} |
      Then the call is allowed
      And the response field "Account" is "${account}"
