@mfa
Feature: Virtual MFA devices: created once, assigned to an existing user, removed by serial number

  A virtual MFA device is an IAM entity of its own, named by its serial number
  arn:aws:iam::ACCOUNT:mfa/PATH/NAME. Its name is unique in the account, its
  path follows the rules of every IAM path, and it is assigned to a user with
  EnableMFADevice, which needs the user to exist. A user's devices are listed
  with ListMFADevices; a device is unassigned with DeactivateMFADevice and
  deleted with DeleteVirtualMFADevice, both of which answer NoSuchEntity for a
  serial number that names no device.

  Following the IAM API reference pages "CreateVirtualMFADevice" (Path: "/" or
  slash-delimited, length 1 to 512), "EnableMFADevice", "ListMFADevices",
  "DeactivateMFADevice" and "DeleteVirtualMFADevice". The answers are the ones
  AWS gave, recorded in LocalStack's tests/aws/services/iam/test_iam_mfa.snapshot.json
  (test_virtual_mfa_device_errors, test_enable_mfa_device_errors).

  Background:
    Given a user "Jill" with access keys

  Rule: A device name is unique in the account, and its path is a well-formed IAM path (G3)

    @id:mfa.device-name-taken @evidence:recorded
    Scenario: A second virtual MFA device with the name of an existing one is refused with EntityAlreadyExists
      Source: LocalStack, tests/aws/services/iam/test_iam_mfa.snapshot.json (test_virtual_mfa_device_errors,
      create-duplicate-error: EntityAlreadyExists, HTTP 409, "MFA device already exists.").
      When "admin" calls "iam:CreateVirtualMFADevice" with:
        | VirtualMFADeviceName | ${name:Token} |
        | Path                 | ${path}       |
      Then the call succeeds
      When "admin" calls "iam:CreateVirtualMFADevice" with:
        | VirtualMFADeviceName | ${name:Token} |
        | Path                 | ${path}       |
      Then the call fails with "EntityAlreadyExists" and HTTP status 409

    @id:mfa.device-path-without-leading-slash @evidence:recorded
    Scenario: A virtual MFA device under a path without its leading slash is refused, one under the run's path is not
      Source: LocalStack, tests/aws/services/iam/test_iam_mfa.snapshot.json (test_virtual_mfa_device_errors,
      create-invalid-path-no-leading-slash-error: ValidationError, HTTP 400).
      When "admin" calls "iam:CreateVirtualMFADevice" with:
        | VirtualMFADeviceName | ${name:Token}      |
        | Path                 | no-leading-slash/  |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:CreateVirtualMFADevice" with:
        | VirtualMFADeviceName | ${name:Token} |
        | Path                 | ${path}       |
      Then the call succeeds

    @id:mfa.device-path-too-long @evidence:recorded
    Scenario: A virtual MFA device under a path of more than 512 characters is refused
      Source: LocalStack, tests/aws/services/iam/test_iam_mfa.snapshot.json (test_virtual_mfa_device_errors,
      create-path-too-long-error: ValidationError, HTTP 400, "Member must have length less than or equal
      to 512").
      When "admin" calls "iam:CreateVirtualMFADevice" with:
        | VirtualMFADeviceName | ${name:Token}                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      |
        | Path                 | /abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/abcdefgh/ |
      Then the call fails with "ValidationError" and HTTP status 400

  Rule: A device is assigned to a user who exists, and then listed among her devices (G6)

    @id:mfa.enable-device-for-missing-user @evidence:recorded
    Scenario: EnableMFADevice for a user that does not exist is refused with NoSuchEntity
      Source: LocalStack, tests/aws/services/iam/test_iam_mfa.snapshot.json (test_enable_mfa_device_errors,
      enable-mfa-nonexistent-user-error: NoSuchEntity, HTTP 404, "The user with name nonexistent-user
      cannot be found.").
      Given the user "Jill" has a virtual MFA device
      When "admin" calls "iam:EnableMFADevice" with:
        | UserName            | ${name:Nobody} |
        | SerialNumber        | ${mfa:Jill}    |
        | AuthenticationCode1 | 123456         |
        | AuthenticationCode2 | 654321         |
      Then the call fails with "NoSuchEntity" and HTTP status 404

    @id:mfa.enabled-device-is-listed @evidence:documented
    Scenario: Jill's enabled virtual MFA device is the one ListMFADevices lists for her
      Source: IAM API reference, "ListMFADevices" (the MFA devices of the user, by serial number) and
      "EnableMFADevice".
      When "admin" calls "iam:ListMFADevices" with:
        | UserName | ${name:Jill} |
      Then the call succeeds
      And the response field "Count" is "0"
      Given the user "Jill" has a virtual MFA device
      When "admin" calls "iam:ListMFADevices" with:
        | UserName | ${name:Jill} |
      Then the call succeeds
      And the response field "Names" is "${mfa:Jill}"

  Rule: Deactivating and deleting name a device by its serial number, and a serial number of no device is NoSuchEntity (G6)

    @id:mfa.deactivate-missing-device @evidence:recorded
    Scenario: DeactivateMFADevice with a serial number of no device is refused with NoSuchEntity
      Source: LocalStack, tests/aws/services/iam/test_iam_mfa.snapshot.json (test_enable_mfa_device_errors,
      deactivate-nonexistent-mfa-error: NoSuchEntity, HTTP 404, "MFA Device with serial number … does not
      exist.").
      When "admin" calls "iam:DeactivateMFADevice" with:
        | UserName     | ${name:Jill}                                  |
        | SerialNumber | arn:aws:iam::${account}:mfa/${name:Nothing}   |
      Then the call fails with "NoSuchEntity" and HTTP status 404

    @id:mfa.delete-missing-device @evidence:recorded
    Scenario: DeleteVirtualMFADevice with a serial number of no device is refused with NoSuchEntity
      Source: LocalStack, tests/aws/services/iam/test_iam_mfa.snapshot.json (test_virtual_mfa_device_errors,
      delete-nonexistent-error: NoSuchEntity, HTTP 404).
      When "admin" calls "iam:DeleteVirtualMFADevice" with:
        | SerialNumber | arn:aws:iam::${account}:mfa/${name:Nothing} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

    @id:mfa.device-of-a-user-cannot-be-deleted-before-deactivation @evidence:documented
    Scenario: Jill's assigned device cannot be deleted until it is deactivated
      Source: IAM API reference, "DeleteVirtualMFADevice" ("You must deactivate a user's virtual MFA device
      before you can delete it"; DeleteConflict, HTTP 409, in its Errors) and "DeactivateMFADevice".
      Given the user "Jill" has a virtual MFA device
      When "admin" calls "iam:DeleteVirtualMFADevice" with:
        | SerialNumber | ${mfa:Jill} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DeactivateMFADevice" with:
        | UserName     | ${name:Jill} |
        | SerialNumber | ${mfa:Jill}  |
      Then the call succeeds
      When "admin" calls "iam:DeleteVirtualMFADevice" with:
        | SerialNumber | ${mfa:Jill} |
      Then the call succeeds
