/** The examples the filter fields offer; the SQL one is the platform manual's own example, as printed there. */
export const SQL_FILTER_EXAMPLE = `(usr_department = 'support')
AND (usr_PhoneNumber >= '1000')
AND (usr_phoneNumber <='1999')
AND (usr_Email like '%@company.domain')`;

export const XML_FILTER_EXAMPLE = `<searchCriteria>
  <department>support</department>
  <lastName>S%</lastName>
</searchCriteria>`;
