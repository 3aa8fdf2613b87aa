export interface UserGroup {
  /** Assigned once by the site when the group is created; never editable and never reused. */
  id: number;
  name: string;
  description: string;
  memberCount: number;
  /** Users (deleted ones included) whose internal or external contacts point at this group. */
  permissionReferences: number;
}
