window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1498823306471346177",
      "userLink" : "https://twitter.com/intent/user?user_id=1498823306471346177"
    }
  },
  {
    "following" : {
      "accountId" : "918273645",
      "userLink" : "https://twitter.com/intent/user?user_id=918273645"
    }
  },
  {
    "following" : {
      "accountId" : "1260177394553712640",
      "userLink" : "https://twitter.com/intent/user?user_id=1260177394553712640"
    }
  },
  {
    "following" : {
      "accountId" : "3154678902",
      "userLink" : "https://twitter.com/intent/user?user_id=3154678902"
    }
  }
]